#pragma once

#include <QColor>
#include <QMap>
#include <QString>

// WCAG 2.2 colour contrast, used to keep the app's palettes and page styles readable for people
// with low vision or glare sensitivity.
namespace fc::contrast {

// Success criteria 1.4.3 (text) and 1.4.11 (large text, UI components and focus indicators).
constexpr double minimumText = 4.5;
constexpr double minimumLargeTextOrUi = 3.0;

// Relative luminance per WCAG: sRGB channels linearised, weighted 0.2126/0.7152/0.0722.
double relativeLuminance(const QColor &colour);
// (L1 + 0.05) / (L2 + 0.05) with L1 the lighter colour: 1 (same colour) to 21 (black on white).
double ratio(const QColor &a, const QColor &b);

// The colour custom properties ("--fg: #1f2328;") declared in the first rule whose selector list
// contains `selector` exactly (":root", "html.theme-dark"), keyed without the dashes. Values
// that are not colours are left out; comments are ignored.
QMap<QString, QColor> cssColourVariables(const QString &css, const QString &selector);

} // namespace fc::contrast
