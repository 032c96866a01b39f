#pragma once

#include <QObject>
#include <QStringList>

class QGridLayout;
class QLabel;
class QScrollArea;
class QWidget;

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
    // The side panel's list: a heading, one row per shortcut (key, command) and a hint.
    QWidget *shortcutList() const { return m_shortcuts; }
    // The rows as "key: command", in the order shown.
    QStringList shortcutRows() const;
    void updateShortcutList();

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void fitShortcutList();

    MainWindow *m_window;
    TodayView *m_view;
    QScrollArea *m_side;
    QWidget *m_shortcuts;
    QGridLayout *m_rows;
    QList<std::pair<QLabel *, QLabel *>> m_rowLabels;
};

} // namespace fc
