#include "ui/today/todaysection.h"

#include "journal/journalstore.h"
#include "ui/appcontext.h"
#include "ui/journal/daylistitem.h"
#include "ui/journal/journalrefresh.h"
#include "ui/journal/journalsection.h"
#include "ui/mainwindow.h"
#include "ui/today/todayview.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QVBoxLayout>

namespace fc {

TodaySection::TodaySection(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_view(new TodayView(window))
    , m_side(new QWidget)
    , m_heading(new QLabel(tr("Last 7 days"), m_side))
    , m_days(new QListWidget(m_side))
{
    m_side->setObjectName(QStringLiteral("today-recent"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setBuddy(m_days);
    m_days->setAccessibleName(tr("Last 7 days, newest first"));
    m_days->setAccessibleDescription(tr("Enter opens the day in the Journal."));
    m_days->setWordWrap(true);
    m_days->setAlternatingRowColors(true);
    m_days->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *hint = new QLabel(tr("F1 opens Getting started; Help > Keyboard shortcuts lists every "
                               "key."),
                            m_side);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(m_side);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_days, 1);
    layout->addWidget(hint);

    connect(m_days, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (JournalSection *journal = m_window->journal())
            journal->goToDay(item->data(Qt::UserRole).toDate());
    });
    new JournalRefresh(window->context()->journal().changes(), m_side,
                       [this] { refreshRecentDays(); });
    m_side->installEventFilter(this);
    window->addSection(QStringLiteral("today"), tr("&Today"), m_side, m_view);
}

bool TodaySection::eventFilter(QObject *watched, QEvent *event)
{
    // Read again whenever it comes into view: the date may have moved on since.
    if (watched == m_side && event->type() == QEvent::Show)
        refreshRecentDays();
    return QObject::eventFilter(watched, event);
}

void TodaySection::refreshRecentDays()
{
    JournalStore &store = m_window->context()->journal();
    m_days->clear();
    if (!store.isOpen())
        return;
    const QDate today = QDate::currentDate();
    const QDate first = today.addDays(-(recentDays - 1));
    QMap<QDate, CheckIn> byDay;
    for (const CheckIn &c : store.checkIns(first, today))
        byDay.insert(c.day, c);
    const QVector<Symptom> symptoms = store.symptoms(true);
    const QString format = QStringLiteral("ddd d MMM");
    for (QDate day = today; day >= first; day = day.addDays(-1)) {
        const auto it = byDay.constFind(day);
        if (it != byDay.constEnd()) {
            addDayListItem(m_days, *it, symptoms, format);
            continue;
        }
        auto *item =
            new QListWidgetItem(QLocale().toString(day, format) + u'\n' +
                                    (day == today ? tr("not checked in yet") : tr("no check-in")),
                                m_days);
        item->setData(Qt::UserRole, day);
    }
}

} // namespace fc
