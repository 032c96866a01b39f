#include "ui/journal/journalrefresh.h"

#include "journal/journalchanges.h"

#include <QEvent>
#include <QWidget>

namespace fc {

JournalRefresh::JournalRefresh(JournalChanges *changes, QWidget *view,
                               std::function<void()> refresh, bool startStale)
    : QObject(view)
    , m_view(view)
    , m_refresh(std::move(refresh))
    , m_stale(startStale)
{
    connect(changes, &JournalChanges::changed, this, &JournalRefresh::journalChanged);
    view->installEventFilter(this);
}

void JournalRefresh::journalChanged()
{
    if (m_view->isVisible()) {
        m_stale = false;
        m_refresh();
    } else {
        m_stale = true;
    }
}

bool JournalRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fc
