#pragma once

#include <QPalette>

// The window palettes the app sets for its light and dark themes. Every text/background pair and
// every control boundary in them meets WCAG 2.2 AA (tests/core/tst_contrast.cpp computes it), so
// the widgets stay readable whatever the desktop's own theme is.
//
// QPalette::Dark is the colour the app's style draws control boundaries (text fields, buttons,
// check boxes, slider grooves) with; QPalette::Highlight is also the focus ring colour.
namespace fc::apppalette {

QPalette light();
QPalette dark();
QPalette forTheme(bool darkTheme);

} // namespace fc::apppalette
