#pragma once

#include <QString>
#include <QVector>

class QMenuBar;

namespace fc {

struct MenuShortcut
{
    QString keys;    // as the platform writes them, "Ctrl+Shift+R"
    QString command; // the menu entry without its mnemonic or ellipsis
};

// Every command of the menus that has a shortcut working anywhere in the window, each once, in
// menu order. Read from the menus each time, so it is never out of date.
QVector<MenuShortcut> menuShortcuts(const QMenuBar *menuBar);

} // namespace fc
