#pragma once

#include <QString>

class QAbstractButton;
class QWidget;

namespace fc {

// A check box or radio button whose text wraps: Qt's own button text never wraps, so a long
// sentence at large type widens the whole form until it scrolls sideways. The button keeps the
// sentence as its accessible name; the label beside it wraps, and a click on it (or its Alt
// letter) acts on the button. Returns the row to put in the layout.
QWidget *wrappedChoice(QAbstractButton *button, const QString &text, QWidget *parent);
// A new sentence for a wrapped choice, on its label and as the button's accessible name.
void setWrappedChoiceText(QAbstractButton *button, const QString &text);
// Shows or hides the whole row: the button and its label.
void setWrappedChoiceVisible(QAbstractButton *button, bool visible);

} // namespace fc
