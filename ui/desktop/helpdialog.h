#pragma once

#include <QDialog>

class QMenuBar;
class QTextBrowser;

namespace fc {

// Help > Getting started and Help > Keyboard shortcuts: one page with the few steps that make
// the app useful, then every menu shortcut (read from the menus as they are now).
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Part { GettingStarted, KeyboardShortcuts };

    explicit HelpDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    void showPart(Part part);
    QTextBrowser *browser() const { return m_browser; }
    // The page as HTML, for tests and for reading aloud.
    static QString pageHtml(const QMenuBar *menuBar);

private:
    QTextBrowser *m_browser;
};

} // namespace fc
