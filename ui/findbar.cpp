#include "findbar.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QWebEngineFindTextResult>
#include <QWebEnginePage>

namespace fc {

FindBar::FindBar(QWebEnginePage *page, QWidget *parent)
    : QWidget(parent)
    , m_page(page)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *label = new QLabel(tr("Find in article:"), this);
    label->setBuddy(m_field);
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Find in article"));
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setToolTip(tr("Next match (Enter)"));
    auto *closeButton = new QToolButton(this);
    closeButton->setText(tr("Close"));
    closeButton->setToolTip(tr("Close (Esc)"));
    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    layout->addWidget(closeButton);

    connect(m_field, &QLineEdit::textChanged, this, [this] { find(false); });
    connect(m_field, &QLineEdit::returnPressed, this,
            [this] { find(QGuiApplication::keyboardModifiers() & Qt::ShiftModifier); });
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    connect(m_page, &QWebEnginePage::findTextFinished, this, &FindBar::showResult);
    hide();
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
