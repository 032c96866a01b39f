#include "ui/access/scoreinputaccessible.h"

#include "ui/scoreinput.h"

namespace fc {

namespace {

QAccessibleInterface *scoreInputFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(ScoreInput::staticMetaObject.className()))
        if (auto *input = qobject_cast<ScoreInput *>(object))
            return new ScoreInputAccessible(input);
    return nullptr;
}

} // namespace

ScoreInputAccessible::ScoreInputAccessible(ScoreInput *input)
    : QAccessibleWidget(input, QAccessible::Slider)
{}

ScoreInput *ScoreInputAccessible::input() const
{
    return static_cast<ScoreInput *>(widget());
}

QString ScoreInputAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value)
        return input()->spokenValue();
    if (t == QAccessible::Name && input()->accessibleName().isEmpty())
        return input()->symptomName();
    return QAccessibleWidget::text(t);
}

void *ScoreInputAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ValueInterface)
        return static_cast<QAccessibleValueInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QVariant ScoreInputAccessible::currentValue() const
{
    return input()->hasScore() ? QVariant(input()->score()) : QVariant();
}

void ScoreInputAccessible::setCurrentValue(const QVariant &value)
{
    if (value.isValid())
        input()->setScore(value.toInt());
    else
        input()->clearScore();
}

QVariant ScoreInputAccessible::maximumValue() const
{
    return input()->maximum();
}

QVariant ScoreInputAccessible::minimumValue() const
{
    return input()->minimum();
}

QVariant ScoreInputAccessible::minimumStepSize() const
{
    return 1;
}

void installScoreInputAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(scoreInputFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace fc
