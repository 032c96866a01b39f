#pragma once

class QLineEdit;

namespace fc {

// Gives a line edit Qt's clear button, named and described for screen readers: Qt's own button
// is an unnamed icon that only the mouse can use, yet assistive tools list it with the field.
void enableClearButton(QLineEdit *edit);

} // namespace fc
