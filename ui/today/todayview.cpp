#include "ui/today/todayview.h"

#include "core/displaydate.h"
#include "insights/insightsengine.h"
#include "insights/journalseries.h"
#include "ui/appcontext.h"
#include "ui/journal/journalrefresh.h"
#include "ui/journal/journalsection.h"
#include "ui/mainwindow.h"
#include "ui/today/stilltakingprompt.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace fc {

namespace {

constexpr int kStatusMilliseconds = 10000;

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return label;
}

} // namespace

TodayView::TodayView(MainWindow *window, QWidget *parent)
    : QScrollArea(parent)
    , m_window(window)
    , m_midnight(new QTimer(this))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Today"));
    // The tasks take focus, not the page around them; it scrolls to whichever has focus.
    setFocusPolicy(Qt::NoFocus);
    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("today-content"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(18);

    m_heading = new QLabel(content);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    m_checkInDetail = wrappingLabel(content);
    m_noteDetail = wrappingLabel(content);
    m_readDetail = wrappingLabel(content);
    m_insightsDetail = wrappingLabel(content);
    m_fiqrDetail = wrappingLabel(content);
    m_bodyMapDetail = wrappingLabel(content);
    m_tasks = new QGridLayout;
    m_tasks->setHorizontalSpacing(20);
    m_tasks->setVerticalSpacing(14);
    m_tasks->setColumnStretch(1, 1);
    m_checkIn = addTask(0, tr("&Check in"), m_checkInDetail);
    m_note = addTask(1, tr("&Add a note"), m_noteDetail);
    m_read = addTask(2, tr("Continue &reading"), m_readDetail);
    m_insights = addTask(3, tr("See insi&ghts"), m_insightsDetail);
    // Offered when due, for those who turned the reminders on (Preferences).
    m_fiqr = addTask(4, tr("Answer the FI&QR"), m_fiqrDetail);
    m_bodyMap = addTask(5, tr("Fill in the body &map"), m_bodyMapDetail);
    layout->addLayout(m_tasks);

    // Said only after a day above the person's own limit; their diary, never advice.
    m_pacing = wrappingLabel(content);
    m_pacing->setAccessibleName(tr("Your own limit"));
    m_pacing->hide();
    layout->addWidget(m_pacing);

    m_trialsHeading = new QLabel(tr("Treatment trials"), content);
    layout->addSpacing(8);
    layout->addWidget(m_trialsHeading);
    m_trials = new QVBoxLayout;
    m_trials->setSpacing(6);
    layout->addLayout(m_trials);
    layout->addStretch(1);
    setWidget(content);

    m_noteDetail->setText(tr("Write down a question for your doctor or anything worth "
                             "remembering."));
    m_insightsDetail->setText(tr("See how your symptoms changed over time and with treatments."));
    connect(m_checkIn, &QPushButton::clicked, m_window, &MainWindow::openCheckIn);
    connect(m_note, &QPushButton::clicked, m_window, &MainWindow::newNote);
    connect(m_read, &QPushButton::clicked, this, &TodayView::continueReading);
    new JournalRefresh(m_window->context()->journal().changes(), this, [this] { refresh(); });
    connect(m_insights, &QPushButton::clicked, this,
            [this] { m_window->showSection(QStringLiteral("insights")); });
    connect(m_fiqr, &QPushButton::clicked, this, [this] { m_window->journal()->openFiqr(); });
    connect(m_bodyMap, &QPushButton::clicked, this, [this] { m_window->journal()->openBodyMap(); });

    m_midnight->setSingleShot(true);
    connect(m_midnight, &QTimer::timeout, this, [this] {
        refresh();
        scheduleMidnight();
    });
    scheduleMidnight();
    updateSizes();
    refresh();
}

QPushButton *TodayView::addTask(int row, const QString &text, QLabel *detail)
{
    auto *button = new QPushButton(text, detail->parentWidget());
    button->setAutoDefault(false);
    button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_tasks->addWidget(button, row, 0);
    m_tasks->addWidget(detail, row, 1);
    m_taskRows.append({button, detail});
    return button;
}

void TodayView::arrangeTasks()
{
    // Beside each other while the view has room for a button and a readable line beside it;
    // otherwise the line goes under its button, so large type grows the page down, never off
    // to the right.
    const QFontMetrics fm(font());
    const int margins = 64;
    const int wanted = fm.horizontalAdvance(QStringLiteral("Continue reading")) + 4 * fm.height();
    const bool stacked = viewport()->width() < wanted + m_tasks->horizontalSpacing() +
                                                   fm.averageCharWidth() * 28 + margins;
    // A narrow view keeps its buttons big but never wider than the view.
    for (const auto &[button, detail] : std::as_const(m_taskRows))
        button->setMinimumWidth(std::max(fm.horizontalAdvance(button->text()) + 2 * fm.height(),
                                         std::min(wanted, viewport()->width() - margins)));
    if (stacked == m_tasksStacked && m_tasks->count() > 0)
        return;
    m_tasksStacked = stacked;
    for (const auto &[button, detail] : std::as_const(m_taskRows)) {
        m_tasks->removeWidget(button);
        m_tasks->removeWidget(detail);
    }
    m_tasks->setColumnStretch(1, stacked ? 0 : 1);
    m_tasks->setColumnStretch(0, stacked ? 1 : 0);
    for (int row = 0; row < m_taskRows.size(); ++row) {
        const auto &[button, detail] = m_taskRows[row];
        if (stacked) {
            m_tasks->addWidget(button, 2 * row, 0, Qt::AlignLeft);
            m_tasks->addWidget(detail, 2 * row + 1, 0);
        } else {
            m_tasks->addWidget(button, row, 0);
            m_tasks->addWidget(detail, row, 1);
        }
    }
}

void TodayView::updateSizes()
{
    // Big targets for hands that hurt, scaled with the text so large type keeps them big.
    const QFontMetrics fm(font());
    for (QPushButton *b : {m_checkIn, m_note, m_read, m_insights, m_fiqr, m_bodyMap}) {
        b->setMinimumHeight(fm.height() * 5 / 2);
        b->setMinimumWidth(fm.horizontalAdvance(QStringLiteral("Continue reading")) +
                           4 * fm.height());
    }
    QFont heading = font();
    heading.setPointSizeF(font().pointSizeF() * 1.6);
    heading.setBold(true);
    m_heading->setFont(heading);
    QFont subheading = font();
    subheading.setPointSizeF(font().pointSizeF() * 1.2);
    subheading.setBold(true);
    m_trialsHeading->setFont(subheading);
}

void TodayView::changeEvent(QEvent *event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateSizes();
        fitContent();
    } else if (event->type() == QEvent::ActivationChange && isVisible() && isActiveWindow())
        refresh();
}

void TodayView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fitContent();
}

void TodayView::fitContent()
{
    arrangeTasks();
    // Wrapped text needs more height as the view narrows or the type grows; the scroll area
    // does not ask the layout for it, so the page says how tall it must be.
    QLayout *layout = widget() ? widget()->layout() : nullptr;
    if (layout && layout->hasHeightForWidth())
        widget()->setMinimumHeight(layout->totalHeightForWidth(viewport()->width()));
}

void TodayView::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    refresh();
}

void TodayView::scheduleMidnight()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime next(now.date().addDays(1), QTime(0, 0, 5));
    m_midnight->start(int(qMin<qint64>(now.msecsTo(next), 24 * 3600 * 1000)));
}

void TodayView::addPlannedDoseButton(const TodaySummary::PlanPhase &plan, const QDate &day)
{
    // The paused trial's dose log follows the test: one press logs what the test asked for.
    auto *button = new QPushButton(plan.on ? tr("Log as taken today")
                                           : tr("Log as not taken today, as the test asks"),
                                   widget());
    button->setAccessibleDescription(
        tr("Writes today's dose of %1 in its trial's dose log.").arg(plan.treatmentName));
    button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    JournalStore *journal = &m_window->context()->journal();
    connect(
        button, &QPushButton::clicked, this,
        [this, journal, trialId = plan.heldTrialId, on = plan.on, day, name = plan.treatmentName] {
            const Result logged = journal->trials().setDoseTaken(trialId, day, on);
            m_window->statusBar()->showMessage(!logged ? logged.message()
                                               : on    ? tr("%1 logged as taken today.").arg(name)
                                                    : tr("%1 logged as not taken today.").arg(name),
                                               kStatusMilliseconds);
        });
    m_trials->addWidget(button);
    m_trialRows << button;
}

QString TodayView::pacingText() const
{
    return m_pacing->isHidden() ? QString() : m_pacing->text();
}

void TodayView::updatePacing(const QDate &today)
{
    JournalStore &journal = m_window->context()->journal();
    QString text;
    if (!journal.measures().names().isEmpty()) {
        const JournalSeries series = JournalSeries::load(journal, today);
        // The limit of the Insights' default period, so Today and the Insights name one limit.
        const PacingEnvelope envelope =
            PacingFindings::of(series, InsightsPeriod::defaultFrom(today), today).envelope;
        if (envelope.found)
            text = envelope.afterDay(series.value(envelope.loadKey, today.addDays(-1)));
    }
    m_pacing->setText(text);
    m_pacing->setVisible(!text.isEmpty());
}

void TodayView::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    AppContext *context = m_window->context();
    const QDate today = QDate::currentDate();
    m_heading->setText(QLocale().toString(today, QStringLiteral("dddd d MMMM")));
    const TodaySummary summary = TodaySummary::build(context->journal(), today);
    updatePacing(today);

    if (summary.checkedIn) {
        QStringList scores;
        for (const TodaySummary::Score &s : summary.scores)
            scores << tr("%1 %2").arg(s.name).arg(s.score);
        m_checkInDetail->setText(
            scores.isEmpty() ? tr("Checked in today.")
                             : tr("Checked in today: %1.").arg(scores.join(QStringLiteral(", "))));
        m_checkIn->setText(tr("Edit &check-in"));
    } else {
        // As many scores as the check-in asks for: the symptoms not hidden.
        const int asked = int(context->journal().symptoms().size());
        m_checkInDetail->setText(
            tr("Not checked in yet today: %n score(s), each 0 to 10.", nullptr, asked));
        m_checkIn->setText(tr("&Check in"));
    }

    // Later, not now: a refresh can come from a prompt's own button.
    for (QWidget *row : std::as_const(m_trialRows)) {
        row->hide();
        row->deleteLater();
    }
    m_trialRows.clear();
    for (const TodaySummary::ActiveTrial &t : summary.trials) {
        QLabel *label = wrappingLabel(widget());
        label->setText(t.schedule.isEmpty()
                           ? tr("Day %1 of %2").arg(t.day).arg(t.treatmentName)
                           : tr("Day %1 of %2 (%3)").arg(t.day).arg(t.treatmentName, t.schedule));
        m_trials->addWidget(label);
        m_trialRows << label;
        if (t.quiet) {
            auto *prompt = new StillTakingPrompt(&context->journal(), t, summary.day, widget());
            connect(prompt, &StillTakingPrompt::message, this, [this](const QString &text) {
                m_window->statusBar()->showMessage(text, kStatusMilliseconds);
            });
            m_trials->addWidget(prompt);
            m_trialRows << prompt;
        }
    }
    for (const TodaySummary::PlanPhase &p : summary.plans) {
        QLabel *label = wrappingLabel(widget());
        // The phase decides what to do today, so it leads: "Week 3 of 12: OFF period ...".
        QString text =
            p.on ? tr("Test of %1 — %2: take it today.").arg(p.treatmentName, p.phase)
                 : tr("Test of %1 — %2: do not take it today.").arg(p.treatmentName, p.phase);
        if (p.heldTrialId != 0 && p.logged)
            text += u' ' +
                    (*p.logged ? tr("Logged as taken today.") : tr("Logged as not taken today."));
        label->setText(text);
        m_trials->addWidget(label);
        m_trialRows << label;
        if (p.heldTrialId != 0 && !p.logged)
            addPlannedDoseButton(p, summary.day);
    }
    if (summary.trials.isEmpty() && summary.plans.isEmpty()) {
        QLabel *label = wrappingLabel(widget());
        label->setText(tr("No treatment trial running."));
        m_trials->addWidget(label);
        m_trialRows << label;
    }

    const Article *last = context->library().find(context->settings().lastArticle());
    if (last) {
        m_readDetail->setText(tr("Last read: %1").arg(last->title));
        m_read->setText(tr("Continue &reading"));
    } else {
        m_readDetail->setText(tr("Articles about fibromyalgia and ME/CFS treatments, to read "
                                 "offline."));
        m_read->setText(tr("&Open the library"));
    }

    const bool fiqrDue = context->settings().fiqrReminder() && summary.fiqrDue();
    m_fiqr->setVisible(fiqrDue);
    m_fiqrDetail->setVisible(fiqrDue);
    m_fiqrDetail->setText(
        summary.lastFiqr.isValid()
            ? tr("Weekly questions for your doctor; last answered %1.")
                  .arg(displayDate(summary.lastFiqr))
            : tr("Weekly questions for your doctor about the past 7 days; about a minute."));
    const bool bodyMapDue = context->settings().acr2016Reminder() && summary.acr2016Due();
    m_bodyMap->setVisible(bodyMapDue);
    m_bodyMapDetail->setVisible(bodyMapDue);
    m_bodyMapDetail->setText(
        summary.lastAcr2016.isValid()
            ? tr("Monthly: where it hurt and how severe; last filled in %1.")
                  .arg(displayDate(summary.lastAcr2016))
            : tr("Monthly: where it hurt over the past week and how severe the symptoms were."));

    const bool insights = m_window->hasSection(QStringLiteral("insights"));
    m_insights->setVisible(insights);
    m_insightsDetail->setVisible(insights);

    // A screen reader hears the state with the button: "Check in, button, Not checked in yet".
    for (auto [button, detail] : {std::pair{m_checkIn, m_checkInDetail},
                                  {m_note, m_noteDetail},
                                  {m_read, m_readDetail},
                                  {m_insights, m_insightsDetail},
                                  {m_fiqr, m_fiqrDetail},
                                  {m_bodyMap, m_bodyMapDetail}})
        button->setAccessibleDescription(detail->text());
    fitContent();
    m_refreshing = false;
}

void TodayView::continueReading()
{
    AppContext *context = m_window->context();
    const QString slug = context->settings().lastArticle();
    if (context->library().find(slug))
        m_window->openArticle(slug);
    else
        m_window->showSection(QStringLiteral("library"));
}

QString TodayView::checkInText() const
{
    return m_checkInDetail->text();
}

QStringList TodayView::trialTexts() const
{
    QStringList texts;
    for (QWidget *row : m_trialRows) {
        if (auto *label = qobject_cast<QLabel *>(row))
            texts << label->text();
        else if (auto *prompt = qobject_cast<StillTakingPrompt *>(row))
            texts << prompt->text();
    }
    return texts;
}

QString TodayView::readingText() const
{
    return m_readDetail->text();
}

} // namespace fc
