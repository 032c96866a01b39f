#include "readertheme.h"

#include "appcontext.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>

namespace fc {

ReaderTheme::ReaderTheme(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_systemPalette(QApplication::palette())
{
    qApp->installEventFilter(this);
}

QPalette ReaderTheme::darkPalette()
{
    // Close to the article page's dark colours so the window and the page read as one.
    QPalette p;
    const QColor window(0x23, 0x25, 0x29), base(0x17, 0x19, 0x1c), text(0xe7, 0xe4, 0xde);
    const QColor disabled(0x8a, 0x87, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Midlight, QColor(0x30, 0x33, 0x38));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2c, 0x30));
    p.setColor(QPalette::Dark, QColor(0x12, 0x13, 0x15));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0x6a));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8c, 0xc8, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xb9, 0xa6, 0xf0));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

void ReaderTheme::apply()
{
    Settings &settings = m_context->settings();
    const Settings::Theme theme = settings.theme();
    QPalette palette = m_systemPalette;
    if (theme == Settings::Theme::Dark)
        palette = darkPalette();
    else if (theme == Settings::Theme::Light &&
             m_systemPalette.color(QPalette::Window).lightness() < 128)
        palette = QApplication::style()->standardPalette();
    m_applying = true;
    QApplication::setPalette(palette);
    m_applying = false;

    PageStyle style = m_context->content().style();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const bool changedLook = style.dark != dark || style.largeType != settings.largeType();
    style.dark = dark;
    style.largeType = settings.largeType();
    m_context->content().setStyle(style);
    m_dark = dark;
    m_largeType = style.largeType;
    if (changedLook)
        emit changed();
}

bool ReaderTheme::eventFilter(QObject *watched, QEvent *event)
{
    // The desktop switched palettes: remember it, and follow it if the reader chose "System".
    if (event->type() == QEvent::ApplicationPaletteChange && watched == qApp && !m_applying) {
        m_systemPalette = QApplication::palette();
        if (m_context->settings().theme() == Settings::Theme::System)
            apply();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fc
