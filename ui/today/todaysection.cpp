#include "today/todaysection.h"

#include "mainwindow.h"
#include "today/todayview.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

namespace fc {

TodaySection::TodaySection(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_view(new TodayView(window))
    , m_shortcuts(new QLabel)
{
    auto *side = new QScrollArea;
    side->setWidgetResizable(true);
    side->setFrameShape(QFrame::NoFrame);
    side->setFocusPolicy(Qt::NoFocus);
    m_shortcuts->setWordWrap(true);
    m_shortcuts->setTextFormat(Qt::RichText);
    m_shortcuts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_shortcuts->setMargin(12);
    m_shortcuts->setAccessibleName(tr("Keyboard shortcuts"));
    side->setWidget(m_shortcuts);
    side->installEventFilter(this);
    window->addSection(QStringLiteral("today"), tr("&Today"), side, m_view);
}

bool TodaySection::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show)
        updateShortcutList();
    return QObject::eventFilter(watched, event);
}

void TodaySection::updateShortcutList()
{
    // Built from the menus each time it is shown, so commands other sections add are listed.
    QString rows;
    QSet<QAction *> listed;
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        for (QAction *a : menu->actions()) {
            // Each command once, and only those that work from anywhere in the window.
            if (a->isSeparator() || a->shortcut().isEmpty() || !a->isVisible() ||
                a->shortcutContext() != Qt::WindowShortcut || listed.contains(a))
                continue;
            listed.insert(a);
            QString name = a->text();
            name.remove(QRegularExpression(QStringLiteral("&(?!&)")));
            name.remove(QChar(0x2026));
            rows += QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td>"
                                   "<td>%2</td></tr>")
                        .arg(a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                             name.toHtmlEscaped());
        }
    }
    m_shortcuts->setText(tr("<p><b>Keyboard shortcuts</b></p>") +
                         QStringLiteral("<table cellspacing=\"4\">%1</table>").arg(rows) +
                         tr("<p>Tab moves between controls; Alt with an underlined letter "
                            "runs that command.</p>"));
}

} // namespace fc
