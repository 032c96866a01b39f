#include "ui/desktop/menushortcuts.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>

namespace fc {

QVector<MenuShortcut> menuShortcuts(const QMenuBar *menuBar)
{
    QVector<MenuShortcut> out;
    QSet<QAction *> listed;
    for (QAction *menuAction : menuBar->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || a->shortcut().isEmpty() || !a->isVisible() ||
                a->shortcutContext() != Qt::WindowShortcut || listed.contains(a))
                continue;
            listed.insert(a);
            QString name = a->text();
            name.remove(QRegularExpression(QStringLiteral("&(?!&)")));
            name.remove(QChar(0x2026));
            out.append({a->shortcut().toString(QKeySequence::NativeText), name.trimmed()});
        }
    }
    return out;
}

} // namespace fc
