#include "ui/hintedfield.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fc {

namespace {

QVBoxLayout *withHintBelow(QVBoxLayout *column, const QString &hint, QWidget *parent)
{
    auto *label = new QLabel(hint, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    column->setSpacing(0);
    column->addWidget(label);
    return column;
}

} // namespace

QVBoxLayout *hintedField(QWidget *field, const QString &hint, QWidget *parent)
{
    auto *column = new QVBoxLayout;
    column->addWidget(field);
    return withHintBelow(column, hint, parent);
}

QVBoxLayout *hintedField(QLayout *field, const QString &hint, QWidget *parent)
{
    auto *column = new QVBoxLayout;
    column->addLayout(field);
    return withHintBelow(column, hint, parent);
}

} // namespace fc
