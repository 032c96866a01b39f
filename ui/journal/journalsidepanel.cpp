#include "ui/journal/journalsidepanel.h"

#include "journal/journalstore.h"
#include "ui/access/clearbutton.h"
#include "ui/journal/daylistitem.h"

#include <QCalendarWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QShowEvent>
#include <QTextCharFormat>
#include <QVBoxLayout>
#include <algorithm>

namespace fc {

JournalSidePanel::JournalSidePanel(JournalStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_search(new QLineEdit(this))
    , m_calendar(new QCalendarWidget(this))
    , m_list(new QListWidget(this))
    , m_count(new QLabel(this))
    , m_older(new QPushButton(tr("Show &older days"), this))
{
    m_search->setPlaceholderText(tr("Search in notes…"));
    enableClearButton(m_search);
    m_search->setAccessibleName(tr("Search in notes"));
    m_calendar->setMaximumDate(QDate::currentDate());
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setAccessibleName(tr("Calendar"));
    m_list->setAccessibleName(tr("Days, newest first"));
    m_list->setAccessibleDescription(tr("Moving to a day shows its check-in beside the list."));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    m_count->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_calendar);
    layout->addWidget(m_count);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_older);
    m_older->setVisible(false);
    connect(m_older, &QPushButton::clicked, this, [this] { setShowAllDays(!m_showAll); });

    connect(m_search, &QLineEdit::textChanged, this, &JournalSidePanel::reload);
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this,
            &JournalSidePanel::markCalendar);
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](const QDate &day) {
        selectDay(day);
        emit daySelected(day);
    });
    connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate &day) {
        selectDay(day);
        emit daySelected(day);
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        const QDate day = item->data(Qt::UserRole).toDate();
        if (day == m_selected)
            return;
        m_selected = day;
        const QSignalBlocker block(m_calendar);
        m_calendar->setSelectedDate(day);
        emit daySelected(day);
    });
}

void JournalSidePanel::setShowAllDays(bool on)
{
    if (m_showAll == on)
        return;
    m_showAll = on;
    reload();
    emit showAllDaysChanged(on);
}

void JournalSidePanel::reload()
{
    if (!m_store->isOpen())
        return;
    const QString query = m_search->text().trimmed();
    const QDate first = m_store->firstCheckInDay();
    const QDate recent = QDate::currentDate().addDays(-recentDays);
    // The last year is the default view, unless it is empty: an imported journal that ended
    // long ago shows all its days rather than "0 days" and a button to find them.
    const QDate last = m_store->lastCheckInDay();
    const bool all = m_showAll || !query.isEmpty() || !first.isValid() || first >= recent ||
                     (last.isValid() && last < recent) ||
                     (m_selected.isValid() && m_selected < recent);
    QVector<CheckIn> days = first.isValid()
                                ? m_store->checkIns(all ? first : recent, QDate::currentDate())
                                : QVector<CheckIn>();
    // The button switches between the last year and every day while there are older days;
    // the choice is kept (Settings) so a long journal opens as it was left.
    const bool hasOlder =
        first.isValid() && first < recent && query.isEmpty() && !(last.isValid() && last < recent);
    m_older->setVisible(hasOlder && (m_showAll || !all));
    m_older->setText(m_showAll ? tr("Show only the last &year") : tr("Show &older days"));
    markCalendar(m_calendar->yearShown(), m_calendar->monthShown());
    if (!query.isEmpty()) {
        const QVector<QDate> hits = m_store->searchCheckInNotes(query);
        days.erase(std::remove_if(days.begin(), days.end(),
                                  [&](const CheckIn &c) { return !hits.contains(c.day); }),
                   days.end());
        m_count->setText(
            tr("%n day(s) with \"%1\" in the note", nullptr, int(days.size())).arg(query));
    } else {
        m_count->setText(all ? tr("%n day(s) in the journal", nullptr, int(days.size()))
                             : tr("%n day(s) in the last year", nullptr, int(days.size())));
    }
    std::reverse(days.begin(), days.end());
    fill(days);
}

void JournalSidePanel::fill(const QVector<CheckIn> &days)
{
    const QVector<Symptom> symptoms = m_store->symptoms(true);
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const CheckIn &c : days) {
        QListWidgetItem *item =
            addDayListItem(m_list, c, symptoms, QStringLiteral("ddd d MMM yyyy"));
        if (c.day == m_selected)
            m_list->setCurrentItem(item);
    }
}

void JournalSidePanel::markCalendar(int year, int month)
{
    for (const QDate &d : std::as_const(m_marked))
        m_calendar->setDateTextFormat(d, QTextCharFormat());
    m_marked.clear();
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    bold.setFontUnderline(true);
    // The page shows parts of the neighbouring months too.
    const QDate start = QDate(year, month, 1).addDays(-7);
    for (const CheckIn &c : m_store->checkIns(start, start.addDays(50))) {
        m_calendar->setDateTextFormat(c.day, bold);
        m_marked << c.day;
    }
}

void JournalSidePanel::selectDay(const QDate &day)
{
    m_selected = day;
    {
        const QSignalBlocker block(m_calendar);
        m_calendar->setSelectedDate(day);
    }
    const QSignalBlocker block(m_list);
    m_list->clearSelection();
    m_list->setCurrentItem(nullptr);
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toDate() == day) {
            m_list->setCurrentRow(i);
            m_list->scrollToItem(m_list->item(i));
            break;
        }
    }
}

} // namespace fc
