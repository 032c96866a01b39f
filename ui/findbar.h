#pragma once

#include <QWidget>

class QBoxLayout;
class QLabel;
class QLineEdit;
class QWebEngineFindTextResult;
class QWebEnginePage;

namespace fc {

// Find in the article (Ctrl+F): searches as you type, Enter / F3 for the next match,
// Shift+Enter / Shift+F3 for the previous one, Esc closes and clears the marks. In one row
// when there is room, else the buttons go under the field, so large type never cuts it off.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    // The page it searches; until there is one (the article view is made on first use) the bar
    // opens but finds nothing.
    void setPage(QWebEnginePage *page);
    void open();
    void close();
    void findNext();
    void findPrevious();
    QLineEdit *field() const { return m_field; }
    QString status() const;
    bool isOneRow() const;

signals:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void find(bool backward);
    void showResult(const QWebEngineFindTextResult &result);

    QWebEnginePage *m_page = nullptr;
    QBoxLayout *m_rows;
    QLineEdit *m_field;
    QLabel *m_status;
};

} // namespace fc
