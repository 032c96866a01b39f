#pragma once

class QScrollArea;
class QWidget;

namespace fc {

// Gives a dialog the size its layout asks for, up to 90% of its screen. Qt's own first size
// stops at two thirds of the screen, which at large type squeezes rows below their text.
void sizeToContents(QWidget *dialog);

// A scroll area holding `content` for a dialog whose rows may not fit the screen at large
// scaling: it scrolls rather than squash them. It asks for the content's width (up to 90% of the
// screen) and height (up to 70%), never scrolls sideways and takes no Tab stop of its own (the
// fields take focus, and the area scrolls to whichever has it).
QScrollArea *scrollingContent(QWidget *dialog, QWidget *content);

} // namespace fc
