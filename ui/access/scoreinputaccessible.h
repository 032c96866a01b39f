#pragma once

#include <QAccessibleValueInterface>
#include <QAccessibleWidget>

namespace fc {

class ScoreInput;

// What a screen reader hears for a ScoreInput: the symptom as the name, "7 of 10" (or "Not
// logged") as the value, and what 0 and 10 mean in the description. Qt's own slider interface
// would read an empty score as "0", which is a real, different answer.
class ScoreInputAccessible : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit ScoreInputAccessible(ScoreInput *input);

    QString text(QAccessible::Text t) const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QVariant currentValue() const override;
    void setCurrentValue(const QVariant &value) override;
    QVariant maximumValue() const override;
    QVariant minimumValue() const override;
    QVariant minimumStepSize() const override;

private:
    ScoreInput *input() const;
};

// Registers the interface factory once per process; ScoreInput calls it when constructed.
void installScoreInputAccessibility();

} // namespace fc
