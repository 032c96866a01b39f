#pragma once

#include <QStyledItemDelegate>

namespace fc {

// A table column of dates kept as ISO text ("2026-12-02") in the model, shown and edited as the
// rest of the app shows dates ("2 Dec 2026"), with a calendar a key press away.
class DateCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace fc
