#include "ui/forms/wrappedchoice.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QRadioButton>
#include <QRegularExpression>

namespace fc {

namespace {

struct WrappedChoiceText
{
    Q_DECLARE_TR_FUNCTIONS(fc::WrappedChoice)
};

// The label of a wrapped choice: a click on it is a click on its button, as on the button's own
// text.
class ChoiceLabel : public QLabel
{
public:
    ChoiceLabel(const QString &text, QAbstractButton *button, QWidget *parent)
        : QLabel(text, parent)
        , m_button(button)
    {
        setWordWrap(true);
        setBuddy(button);
        setTextFormat(Qt::PlainText);
        setObjectName(QStringLiteral("wrapped-choice-label"));
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && m_button->isEnabled()) {
            m_button->setFocus(Qt::MouseFocusReason);
            m_button->click();
        }
        QLabel::mouseReleaseEvent(event);
    }

private:
    QAbstractButton *m_button;
};

} // namespace

QWidget *wrappedChoice(QAbstractButton *button, const QString &text, QWidget *parent)
{
    auto *row = new QWidget(parent);
    button->setParent(row);
    button->setText(QString());
    auto *label = new ChoiceLabel(text, button, row);
    setWrappedChoiceText(button, text);
    // Its text is on the label beside it: say how to use it.
    button->setAccessibleDescription(qobject_cast<QRadioButton *>(button)
                                         ? WrappedChoiceText::tr("Space chooses it.")
                                         : WrappedChoiceText::tr("Space ticks or clears it."));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(button, 0, Qt::AlignTop);
    layout->addWidget(label, 1);
    return row;
}

void setWrappedChoiceText(QAbstractButton *button, const QString &text)
{
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    button->setAccessibleName(plain);
    if (auto *label = button->parentWidget()->findChild<QLabel *>(
            QStringLiteral("wrapped-choice-label"), Qt::FindDirectChildrenOnly))
        label->setText(text);
}

void setWrappedChoiceVisible(QAbstractButton *button, bool visible)
{
    button->setVisible(visible);
    button->parentWidget()->setVisible(visible);
}

} // namespace fc
