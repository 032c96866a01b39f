#pragma once

#include <QCoreApplication>
#include <QStringList>

class QDialog;
class QWidget;

namespace fc {

// What the person chose when asked about input typed but not saved.
enum class UnsavedChoice { Save, Discard, Cancel };

// The one question every dialog asks before typed input would be lost: Save (the default, so
// Enter keeps the work), Discard or Cancel. `question` names what would be lost and when
// ("Save what you entered for Sunday, 6 December before closing?").
UnsavedChoice askAboutUnsavedInput(QWidget *parent, const QString &question);

// A dialog's reject() (Esc, Cancel, the close button) in one place: closes at once when nothing
// was typed; otherwise asks. Save runs the dialog's accept(), which stays open with a message if
// saving fails; Cancel goes back with everything still there; Discard closes.
void rejectAskingFirst(QDialog *dialog, bool typed, const QString &question);

// Everything the inputs under a widget hold, in the order they were made: compare a snapshot
// taken when a form was filled with one taken now to tell whether anything was typed since.
// Line edits, spin and date boxes, combo boxes, check and radio buttons, text edits, sliders
// and table cells count; labels and plain buttons do not.
class FormSnapshot
{
public:
    FormSnapshot() = default;
    explicit FormSnapshot(const QWidget *form);

    bool operator==(const FormSnapshot &other) const { return m_values == other.m_values; }
    bool operator!=(const FormSnapshot &other) const { return !(*this == other); }

private:
    QStringList m_values;
};

} // namespace fc
