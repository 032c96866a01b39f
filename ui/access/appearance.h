#pragma once

#include <QFont>

namespace fc {

class Settings;

// Applies the settings that change how the whole app looks: the palette of the theme (light,
// dark, or the one matching the desktop), large type, the focus-ring style, and no animations.
// Safe to call again whenever one of those settings changes.
class Appearance
{
public:
    static constexpr double largeTypeFactor = 1.5;

    static void apply(const Settings &settings);
    // Scales the whole interface's type against the desktop's (1 = as the desktop has it).
    static void setTextScale(double factor);

    // Whether the app now shows its dark palette.
    static bool isDark();
    // The application font before large type scaled it.
    static QFont baseFont();
};

} // namespace fc
