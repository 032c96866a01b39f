#include "ui/readertheme.h"

#include "ui/access/appearance.h"
#include "ui/appcontext.h"

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

void ReaderTheme::apply()
{
    Settings &settings = m_context->settings();
    // One place decides palette, text size and focus ring for the whole app (Appearance); the
    // page follows what it chose.
    m_applying = true;
    Appearance::apply(settings);
    m_applying = false;
    const QPalette palette = QApplication::palette();

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
