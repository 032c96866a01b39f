#pragma once

class QLayout;
class QString;
class QVBoxLayout;
class QWidget;

namespace fc {

// A form field with a line under it saying what it means ("0 = none · 10 = the most I can do"),
// in the muted colour every such line in the app has: said on screen, not only to a screen
// reader.
QVBoxLayout *hintedField(QWidget *field, const QString &hint, QWidget *parent);
QVBoxLayout *hintedField(QLayout *field, const QString &hint, QWidget *parent);

} // namespace fc
