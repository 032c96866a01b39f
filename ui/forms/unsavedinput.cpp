#include "ui/forms/unsavedinput.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTextEdit>
#include <optional>

namespace fc {

namespace {

struct UnsavedText
{
    Q_DECLARE_TR_FUNCTIONS(fc::UnsavedInput)
};

// A line edit inside a spin box or combo box is that box's own: counted once, through the box.
bool partOfAnotherInput(const QWidget *widget)
{
    for (const QObject *up = widget->parent(); up; up = up->parent())
        if (qobject_cast<const QAbstractSpinBox *>(up) || qobject_cast<const QComboBox *>(up))
            return true;
    return false;
}

// What an input holds; nothing for a widget that is not an input (labels, plain buttons, and
// helpers such as the focus ring that come and go while the form is used).
std::optional<QString> valueOf(const QWidget *w)
{
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(w))
        return spin->text();
    if (const auto *combo = qobject_cast<const QComboBox *>(w))
        return combo->currentText();
    if (const auto *line = qobject_cast<const QLineEdit *>(w))
        return partOfAnotherInput(line) ? std::nullopt : std::optional<QString>(line->text());
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(w))
        return plain->isReadOnly() ? std::nullopt : std::optional<QString>(plain->toPlainText());
    if (const auto *rich = qobject_cast<const QTextEdit *>(w))
        return rich->isReadOnly() ? std::nullopt : std::optional<QString>(rich->toPlainText());
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return button->isCheckable() ? std::optional<QString>(QString::number(button->isChecked()))
                                     : std::nullopt;
    if (const auto *slider = qobject_cast<const QAbstractSlider *>(w))
        return w->accessibleDescription() + QString::number(slider->value());
    if (const auto *table = qobject_cast<const QTableWidget *>(w)) {
        QStringList cells{QString::number(table->rowCount())};
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c)
                cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
        return cells.join(QChar(0x1f));
    }
    return std::nullopt;
}

} // namespace

UnsavedChoice askAboutUnsavedInput(QWidget *parent, const QString &question)
{
    const QString title = parent && !parent->window()->windowTitle().isEmpty()
                              ? parent->window()->windowTitle()
                              : UnsavedText::tr("Unsaved changes");
    switch (QMessageBox::question(parent, title, question,
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                  QMessageBox::Save)) {
    case QMessageBox::Save:
        return UnsavedChoice::Save;
    case QMessageBox::Discard:
        return UnsavedChoice::Discard;
    default:
        return UnsavedChoice::Cancel;
    }
}

void rejectAskingFirst(QDialog *dialog, bool typed, const QString &question)
{
    if (typed) {
        switch (askAboutUnsavedInput(dialog, question)) {
        case UnsavedChoice::Cancel:
            return; // back to the form, everything still there
        case UnsavedChoice::Save:
            dialog->accept(); // stays open with a message if the save fails
            return;
        case UnsavedChoice::Discard:
            break;
        }
    }
    dialog->QDialog::reject();
}

FormSnapshot::FormSnapshot(const QWidget *form)
{
    for (const QWidget *w : form->findChildren<QWidget *>())
        if (const std::optional<QString> value = valueOf(w))
            m_values << *value;
}

} // namespace fc
