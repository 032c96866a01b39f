#include "ui/journal/datecelldelegate.h"

#include "core/displaydate.h"

#include <QDateEdit>

namespace fc {

QString DateCellDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
    // Text that is not a date is shown as typed, so the check on saving can name it.
    return day.isValid() ? displayDate(day) : QStyledItemDelegate::displayText(value, locale);
}

QWidget *DateCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &) const
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(displayDateFormat());
    edit->setCalendarPopup(true);
    edit->setMaximumDate(QDate::currentDate().addYears(1));
    return edit;
}

void DateCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QDate day = QDate::fromString(index.data(Qt::EditRole).toString(), Qt::ISODate);
    static_cast<QDateEdit *>(editor)->setDate(day.isValid() ? day : QDate::currentDate());
}

void DateCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    model->setData(index, static_cast<QDateEdit *>(editor)->date().toString(Qt::ISODate),
                   Qt::EditRole);
}

} // namespace fc
