#include "core/apppalette.h"

namespace fc::apppalette {

namespace {

struct Colours
{
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight,
        highlightedText, placeholder, link, linkVisited, toolTipBase, toolTipText, boundary, light,
        midlight, mid, shadow, disabledText;
};

QPalette build(const Colours &c)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.windowText);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::BrightText, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.buttonText);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::PlaceholderText, c.placeholder);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.linkVisited);
    p.setColor(QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(QPalette::ToolTipText, c.toolTipText);
    p.setColor(QPalette::Dark, c.boundary);
    p.setColor(QPalette::Light, c.light);
    p.setColor(QPalette::Midlight, c.midlight);
    p.setColor(QPalette::Mid, c.mid);
    p.setColor(QPalette::Shadow, c.shadow);
    // Disabled controls are exempt from the contrast minimum, but stay legible anyway.
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.mid);
    return p;
}

} // namespace

QPalette light()
{
    return build({
        QColor(0xf4, 0xf2, 0xee), // window: warm off-white, less glare than pure white
        QColor(0x1f, 0x23, 0x28), // window text
        QColor(0xff, 0xff, 0xff), // base
        QColor(0xf3, 0xef, 0xe6), // alternate base
        QColor(0x1f, 0x23, 0x28), // text
        QColor(0xe9, 0xe6, 0xdf), // button
        QColor(0x1f, 0x23, 0x28), // button text
        QColor(0x0b, 0x6b, 0x6b), // highlight and focus ring
        QColor(0xff, 0xff, 0xff), // highlighted text
        QColor(0x5c, 0x63, 0x70), // placeholder
        QColor(0x0a, 0x5f, 0x8a), // link
        QColor(0x6b, 0x3f, 0x8a), // visited link
        QColor(0xff, 0xfb, 0xe6), // tool tip base
        QColor(0x1f, 0x23, 0x28), // tool tip text
        QColor(0x6e, 0x72, 0x78), // control boundaries
        QColor(0xff, 0xff, 0xff), // light
        QColor(0xf8, 0xf6, 0xf2), // midlight
        QColor(0xb8, 0xb4, 0xac), // mid
        QColor(0x55, 0x55, 0x55), // shadow
        QColor(0x76, 0x78, 0x7c), // disabled text
    });
}

QPalette dark()
{
    return build({
        QColor(0x1e, 0x20, 0x23), // window
        QColor(0xe7, 0xe4, 0xde), // window text
        QColor(0x17, 0x19, 0x1c), // base
        QColor(0x25, 0x26, 0x2a), // alternate base
        QColor(0xe7, 0xe4, 0xde), // text
        QColor(0x2e, 0x31, 0x36), // button
        QColor(0xe7, 0xe4, 0xde), // button text
        QColor(0x7f, 0xd1, 0xc7), // highlight and focus ring
        QColor(0x10, 0x20, 0x1e), // highlighted text
        QColor(0xa4, 0xa0, 0x9a), // placeholder
        QColor(0x8c, 0xc8, 0xf0), // link
        QColor(0xc9, 0xab, 0xf2), // visited link
        QColor(0x2e, 0x31, 0x36), // tool tip base
        QColor(0xe7, 0xe4, 0xde), // tool tip text
        QColor(0x8f, 0x94, 0x9b), // control boundaries
        QColor(0x3a, 0x3d, 0x42), // light
        QColor(0x33, 0x36, 0x3a), // midlight
        QColor(0x4a, 0x4d, 0x52), // mid
        QColor(0x00, 0x00, 0x00), // shadow
        QColor(0x8a, 0x8a, 0x8a), // disabled text
    });
}

QPalette forTheme(bool darkTheme)
{
    return darkTheme ? dark() : light();
}

} // namespace fc::apppalette
