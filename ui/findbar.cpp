#include "ui/findbar.h"

#include "ui/access/clearbutton.h"

#include <QBoxLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QWebEngineFindTextResult>
#include <QWebEnginePage>

namespace fc {

namespace {

// Two groups side by side when the width allows both at their preferred size, else one above
// the other. It answers for the height each width needs, so the window gives it that height.
class RowsLayout : public QBoxLayout
{
public:
    RowsLayout(QLayout *first, QLayout *second, QWidget *parent)
        : QBoxLayout(LeftToRight, parent)
        , m_first(first)
        , m_second(second)
    {
        addLayout(first, 1);
        addLayout(second);
    }

    bool hasHeightForWidth() const override { return true; }

    int heightForWidth(int width) const override
    {
        const QMargins m = contentsMargins();
        const int first = m_first->sizeHint().height();
        const int second = m_second->sizeHint().height();
        const int rows = width >= oneRowWidth() ? qMax(first, second) : first + spacing() + second;
        return m.top() + rows + m.bottom();
    }

    QSize minimumSize() const override
    {
        // As narrow as the two-row arrangement can be.
        const QMargins m = contentsMargins();
        const QSize first = m_first->minimumSize();
        const QSize second = m_second->minimumSize();
        return {m.left() + qMax(first.width(), second.width()) + m.right(),
                m.top() + qMax(first.height(), second.height()) + m.bottom()};
    }

    void setGeometry(const QRect &rect) override
    {
        const Direction wanted = rect.width() >= oneRowWidth() ? LeftToRight : TopToBottom;
        if (direction() != wanted)
            setDirection(wanted);
        QBoxLayout::setGeometry(rect);
    }

private:
    int oneRowWidth() const
    {
        const QMargins m = contentsMargins();
        return m.left() + m_first->sizeHint().width() + spacing() +
               m_second->minimumSize().width() + m.right();
    }

    QLayout *m_first;
    QLayout *m_second;
};

} // namespace

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    auto *label = new QLabel(tr("Find in article:"), this);
    label->setBuddy(m_field);
    enableClearButton(m_field);
    m_field->setAccessibleName(tr("Find in article"));
    m_field->setAccessibleDescription(
        tr("Searches the open article as you type. Enter goes to the next match, Shift+Enter "
           "to the previous one, Esc closes."));
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setToolTip(tr("Next match (Enter)"));
    auto *closeButton = new QToolButton(this);
    closeButton->setText(tr("Close"));
    closeButton->setToolTip(tr("Close (Esc)"));
    auto *fieldRow = new QHBoxLayout;
    fieldRow->addWidget(label);
    fieldRow->addWidget(m_field, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(previous);
    buttonRow->addWidget(next);
    buttonRow->addWidget(m_status, 1);
    buttonRow->addWidget(closeButton);
    m_rows = new RowsLayout(fieldRow, buttonRow, this);
    m_rows->setContentsMargins(8, 4, 8, 4);

    connect(m_field, &QLineEdit::textChanged, this, [this] { find(false); });
    connect(m_field, &QLineEdit::returnPressed, this,
            [this] { find(QGuiApplication::keyboardModifiers() & Qt::ShiftModifier); });
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

void FindBar::setPage(QWebEnginePage *page)
{
    if (m_page)
        disconnect(m_page, nullptr, this, nullptr);
    m_page = page;
    if (m_page)
        connect(m_page, &QWebEnginePage::findTextFinished, this, &FindBar::showResult);
}

bool FindBar::isOneRow() const
{
    return m_rows->direction() == QBoxLayout::LeftToRight;
}

void FindBar::open()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (!m_field->text().isEmpty())
        find(false);
}

void FindBar::close()
{
    if (m_page)
        m_page->findText(QString()); // clears the marks
    m_status->clear();
    hide();
    emit closed();
}

void FindBar::findNext()
{
    find(false);
}

void FindBar::findPrevious()
{
    find(true);
}

void FindBar::find(bool backward)
{
    const QString text = m_field->text();
    if (!m_page)
        return;
    if (text.isEmpty()) {
        m_page->findText(QString());
        m_status->clear();
        return;
    }
    m_page->findText(text, backward ? QWebEnginePage::FindBackward : QWebEnginePage::FindFlags());
}

void FindBar::showResult(const QWebEngineFindTextResult &result)
{
    if (m_field->text().isEmpty())
        m_status->clear();
    else if (result.numberOfMatches() == 0)
        m_status->setText(tr("Not found"));
    else
        m_status->setText(tr("%1 of %2").arg(result.activeMatch()).arg(result.numberOfMatches()));
}

QString FindBar::status() const
{
    return m_status->text();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    if (event->key() == Qt::Key_F3) {
        find(event->modifiers() & Qt::ShiftModifier);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace fc
