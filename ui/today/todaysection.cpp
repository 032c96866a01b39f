#include "today/todaysection.h"

#include "mainwindow.h"
#include "today/todayview.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

namespace fc {

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QFont bold(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

TodaySection::TodaySection(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_view(new TodayView(window))
    , m_side(new QScrollArea)
    , m_shortcuts(new QWidget)
    , m_rows(new QGridLayout)
{
    m_side->setWidgetResizable(true);
    m_side->setFrameShape(QFrame::NoFrame);
    m_side->setFocusPolicy(Qt::NoFocus);
    // Command names wrap, so the list fits any width the panel gets: it never needs scrolling
    // sideways, only down.
    m_side->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_shortcuts->setObjectName(QStringLiteral("today-shortcuts"));
    m_shortcuts->setAccessibleName(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(m_shortcuts);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);
    QLabel *heading = plainLabel(tr("Keyboard shortcuts"), m_shortcuts);
    heading->setWordWrap(true);
    heading->setFont(bold(heading->font()));
    layout->addWidget(heading);
    m_rows->setHorizontalSpacing(16);
    m_rows->setVerticalSpacing(6);
    m_rows->setColumnStretch(1, 1);
    layout->addLayout(m_rows);
    QLabel *hint = plainLabel(
        tr("Tab moves between controls; Alt with an underlined letter runs that command."),
        m_shortcuts);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addStretch(1);
    m_side->setWidget(m_shortcuts);
    m_side->installEventFilter(this);
    m_shortcuts->installEventFilter(this);
    window->addSection(QStringLiteral("today"), tr("&Today"), m_side, m_view);
}

bool TodaySection::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_side && event->type() == QEvent::Show)
        updateShortcutList();
    if ((watched == m_side && event->type() == QEvent::Resize) ||
        (watched == m_shortcuts && event->type() == QEvent::LayoutRequest))
        fitShortcutList();
    return QObject::eventFilter(watched, event);
}

void TodaySection::fitShortcutList()
{
    // Wrapped names need more height as the panel narrows or the type grows; the scroll area
    // does not ask the layout for it, so the list says how tall it must be.
    const int needed = m_shortcuts->layout()->totalHeightForWidth(m_side->viewport()->width());
    if (needed > 0 && needed != m_shortcuts->minimumHeight())
        m_shortcuts->setMinimumHeight(needed);
}

void TodaySection::updateShortcutList()
{
    // Built from the menus each time it is shown, so commands other sections add are listed.
    for (const auto &[key, name] : std::as_const(m_rowLabels)) {
        delete key;
        delete name;
    }
    m_rowLabels.clear();
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
            QLabel *key = plainLabel(a->shortcut().toString(QKeySequence::NativeText), m_shortcuts);
            key->setFont(bold(key->font()));
            QLabel *command = plainLabel(name, m_shortcuts);
            command->setWordWrap(true);
            const int row = int(m_rowLabels.size());
            m_rows->addWidget(key, row, 0);
            m_rows->addWidget(command, row, 1);
            // Shown now rather than later, so the height worked out below counts them.
            key->show();
            command->show();
            m_rowLabels.append(std::pair{key, command});
        }
    }
    fitShortcutList();
}

QStringList TodaySection::shortcutRows() const
{
    QStringList rows;
    for (const auto &[key, name] : m_rowLabels)
        rows << QStringLiteral("%1: %2").arg(key->text(), name->text());
    return rows;
}

} // namespace fc
