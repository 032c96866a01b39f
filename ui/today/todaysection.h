#pragma once

#include <QObject>

class QLabel;

namespace fc {

class MainWindow;
class TodayView;

// The "Today" section, first in the window and shown at start: the home view, and beside it the
// keyboard shortcuts of every menu command (read from the menus, so it is never out of date).
class TodaySection : public QObject
{
    Q_OBJECT
public:
    explicit TodaySection(MainWindow *window);

    TodayView *view() const { return m_view; }
    QLabel *shortcutList() const { return m_shortcuts; }
    void updateShortcutList();

private:
    bool eventFilter(QObject *watched, QEvent *event) override;

    MainWindow *m_window;
    TodayView *m_view;
    QLabel *m_shortcuts;
};

} // namespace fc
