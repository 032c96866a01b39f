#pragma once

class QWidget;

namespace fc {

// Gives a dialog the size its layout asks for, up to 90% of its screen. Qt's own first size
// stops at two thirds of the screen, which at large type squeezes rows below their text.
void sizeToContents(QWidget *dialog);

} // namespace fc
