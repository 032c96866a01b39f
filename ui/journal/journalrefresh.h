#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace fc {

class JournalChanges;

// Keeps a view in step with the journal: when the journal changes, the view's refresh runs at
// once if the view is on screen, otherwise the next time it is shown (a hidden section does not
// rebuild for every save). The one way a section follows the journal.
class JournalRefresh : public QObject
{
    Q_OBJECT
public:
    // startStale: the view has not been filled yet, so its first showing refreshes it.
    JournalRefresh(JournalChanges *changes, QWidget *view, std::function<void()> refresh,
                   bool startStale = false);

    bool isStale() const { return m_stale; }

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void journalChanged();

    QWidget *m_view;
    std::function<void()> m_refresh;
    bool m_stale = false;
};

} // namespace fc
