#include "ui/journal/plannedtrialdialog.h"

#include "articles/articlelibrary.h"
#include "core/displaydate.h"
#include "journal/journalstore.h"
#include "journal/trialcautions.h"
#include "ui/access/dialogsize.h"
#include "ui/forms/wrappedchoice.h"
#include "ui/journal/cautionshtml.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fc {

PlannedTrialDialog::PlannedTrialDialog(JournalStore *store, const ArticleLibrary *library,
                                       const QString &treatmentKey, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_library(library)
    , m_treatment(new QComboBox(this))
    , m_symptom(new QComboBox(this))
    , m_start(new QDateEdit(QDate::currentDate().addDays(1), this))
    , m_period(new QSpinBox(this))
    , m_pairs(new QSpinBox(this))
    , m_washout(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_cautions(new QLabel(this))
    , m_doctor(new QCheckBox(this))
    , m_tip(new QLabel(this))
    , m_takeOver(new QLabel(this))
    , m_pause(new QRadioButton(this))
    , m_end(new QRadioButton(this))
    , m_trials(store->trials().trials())
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Test a treatment properly"));
    auto *intro = new QLabel(
        tr("The test switches the treatment on and off in pairs of equal periods. In each pair "
           "the app draws at random whether ON or OFF comes first, so a good or bad stretch "
           "cannot favour either. At the end it compares your scores in the ON and OFF periods."),
        this);
    intro->setWordWrap(true);

    m_treatments = m_store->trials().treatments();
    for (const Treatment &t : std::as_const(m_treatments)) {
        m_treatment->addItem(t.name, t.key);
        if (t.key == treatmentKey)
            m_treatment->setCurrentIndex(m_treatment->count() - 1);
    }
    m_treatment->setAccessibleName(tr("Treatment"));
    // A long treatment name is elided in the box, not allowed to widen the form off the screen.
    for (QComboBox *box : {m_treatment, m_symptom}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
    }
    for (const Symptom &s : m_store->symptoms())
        m_symptom->addItem(s.name, s.key);
    m_symptom->setAccessibleName(tr("Symptom to judge it on"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(displayDateFormat());
    m_start->setMinimumDate(QDate::currentDate());
    m_start->setAccessibleName(tr("First day of the test"));
    m_start->setAccessibleDescription(tr("Tab moves through day, month and year; Alt+Down opens "
                                         "a calendar."));
    m_period->setRange(PlannedTrial::minimumPeriodDays, PlannedTrial::maximumPeriodDays);
    m_period->setSuffix(tr(" days"));
    m_period->setAccessibleName(tr("Length of each period"));
    m_period->setAccessibleDescription(tr("Days for a treatment that acts within days, two "
                                          "weeks or more for one that takes weeks to work."));
    m_pairs->setRange(1, PlannedTrial::maximumPairs);
    m_pairs->setValue(6);
    m_pairs->setAccessibleName(tr("Number of ON/OFF pairs"));
    m_pairs->setAccessibleDescription(
        tr("More pairs take longer but can show a clearer result; the line below says how "
           "long the test runs and whether it can give a clear answer."));
    m_washout->setSuffix(tr(" days"));
    // Everyday words on screen; "washout" is the word the doctor will know it by.
    m_washout->setAccessibleName(tr("Days not counted at the start of each period"));
    m_washout->setAccessibleDescription(
        tr("Days at the start of every period that are not counted, while the effect of the "
           "period before wears off (the washout)."));
    for (QLabel *label : {m_summary, m_cautions, m_tip, m_takeOver, m_status}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_summary->setAccessibleName(tr("Length of the test"));
    m_cautions->setTextFormat(Qt::RichText);
    m_cautions->setFrameShape(QFrame::StyledPanel);
    m_cautions->setMargin(8);
    m_cautions->setAccessibleName(tr("Before you start"));
    m_tip->setText(tr("Tip: if someone else fills a weekly pill box for you following the order, "
                      "with a look-alike on OFF days, you will not know which period you are "
                      "in, and what you expect cannot colour your scores."));
    m_tip->setAccessibleName(tr("Blinding tip"));
    m_takeOver->setFrameShape(QFrame::StyledPanel);
    m_takeOver->setMargin(8);
    m_takeOver->setAccessibleName(tr("Your running trial"));
    // Each choice sits in a row of its own (wrappedChoice): a group keeps them exclusive.
    auto *takeOver = new QButtonGroup(this);
    takeOver->addButton(m_pause);
    takeOver->addButton(m_end);
    m_pause->setChecked(true);
    m_status->setVisible(false);
    m_status->setStyleSheet(QStringLiteral("font-weight: bold"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Treatment"), m_treatment);
    form->addRow(tr("&Judge it on"), m_symptom);
    form->addRow(tr("First da&y"), m_start);
    form->addRow(tr("&Each period"), m_period);
    form->addRow(tr("&Pairs of periods"), m_pairs);
    form->addRow(tr("Days not &counted"), m_washout);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(intro);
    contentLayout->addLayout(form);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_takeOver);
    contentLayout->addWidget(wrappedChoice(m_pause, QString(), content));
    contentLayout->addWidget(wrappedChoice(m_end, QString(), content));
    contentLayout->addWidget(m_cautions);
    contentLayout->addWidget(
        wrappedChoice(m_doctor,
                      tr("I have talked to my &doctor about stopping and restarting this "
                         "treatment for the test"),
                      content));
    contentLayout->addWidget(m_tip);
    contentLayout->addStretch(1);
    QScrollArea *scroll = scrollingContent(this, content);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *save =
        buttons->addButton(tr("Draw the order and &start"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlannedTrialDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlannedTrialDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    const QList<QWidget *> order{m_treatment, m_symptom, m_start, m_period, m_pairs,
                                 m_washout,   m_pause,   m_end,   m_doctor, save};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_treatment, &QComboBox::currentIndexChanged, this,
            &PlannedTrialDialog::treatmentChanged);
    for (QSpinBox *box : {m_period, m_pairs, m_washout}) {
        connect(box, &QSpinBox::valueChanged, this, &PlannedTrialDialog::updateSummary);
        connect(box, &QSpinBox::valueChanged, this, &PlannedTrialDialog::updateTakeOver);
    }
    connect(m_start, &QDateEdit::dateChanged, this, &PlannedTrialDialog::updateSummary);
    connect(m_start, &QDateEdit::dateChanged, this, &PlannedTrialDialog::updateTakeOver);
    treatmentChanged();
    const QSize room = screen()->availableGeometry().size() * 0.9;
    resize(qMin(620, room.width()), qMin(640, room.height()));
    m_treatment->setFocus();
    m_opened = FormSnapshot(this);
}

void PlannedTrialDialog::reject()
{
    rejectAskingFirst(this, FormSnapshot(this) != m_opened,
                      tr("Start the test of %1 before closing?").arg(m_treatment->currentText()));
}

const Treatment *PlannedTrialDialog::chosenTreatment() const
{
    const int index = m_treatment->currentIndex();
    return index >= 0 && index < m_treatments.size() ? &m_treatments[index] : nullptr;
}

void PlannedTrialDialog::treatmentChanged()
{
    const Treatment *chosen = chosenTreatment();
    if (!chosen)
        return;
    const int period = PlannedTrial::defaultPeriodDays(*chosen);
    m_period->setValue(period);
    m_washout->setValue(period / 7);
    const TrialCautions cautions =
        cautionsFor(*chosen, m_treatments, m_store->trials().trials(), *m_library);
    QString html;
    if (chosen->kind == u"medication")
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Some medicines must not be stopped suddenly, and the test stops "
                            "and restarts this one every period. Ask your doctor whether that "
                            "is safe for you before you start.")
                             .toHtmlEscaped());
    html += cautionsHtml(chosen->name, cautions);
    m_cautions->setText(html);
    m_cautions->setVisible(!html.isEmpty());
    setWrappedChoiceVisible(m_doctor, !html.isEmpty());
    m_doctor->setChecked(false);
    updateSummary();
    updateTakeOver();
}

const Trial *PlannedTrialDialog::runningTrial() const
{
    const Treatment *chosen = chosenTreatment();
    if (!chosen)
        return nullptr;
    // The latest one still running on the test's first day.
    const Trial *running = nullptr;
    for (const Trial &t : m_trials)
        if (t.treatmentId == chosen->id && t.start.isValid() && t.start <= m_start->date() &&
            (t.isOngoing() || t.stop >= m_start->date()))
            running = &t;
    return running;
}

QString PlannedTrialDialog::takeOverText() const
{
    return m_takeOver->isHidden() ? QString() : m_takeOver->text();
}

void PlannedTrialDialog::updateTakeOver()
{
    const Trial *running = runningTrial();
    m_takeOver->setVisible(running);
    setWrappedChoiceVisible(m_pause, running);
    setWrappedChoiceVisible(m_end, running);
    if (!running)
        return;
    const QDate start = m_start->date();
    m_takeOver->setText(
        tr("You are taking %1 now (trial since %2). During the test, the test says each day "
           "whether to take it, and the doses you log follow its ON and OFF periods.")
            .arg(running->treatmentName, displayDate(running->start)));
    setWrappedChoiceText(
        m_pause,
        tr("Pa&use the trial while the test runs; it goes on after %1")
            .arg(displayDate(start.addDays(2 * m_pairs->value() * m_period->value() - 1))));
    setWrappedChoiceText(m_end, tr("E&nd the trial on %1, the day before the test starts")
                                    .arg(displayDate(qMax(running->start, start.addDays(-1)))));
}

void PlannedTrialDialog::updateSummary()
{
    m_washout->setRange(0, m_period->value() - 2);
    const int pairs = m_pairs->value();
    const int days = 2 * pairs * m_period->value();
    const QDate last = m_start->date().addDays(days - 1);
    const double smallest = PlannedTrial::smallestP(pairs);
    QString text = tr("%n pair(s) of %1-day periods: %2 days, from %3 to %4.", nullptr, pairs)
                       .arg(m_period->value())
                       .arg(days)
                       .arg(QLocale().toString(m_start->date(), QLocale::ShortFormat),
                            QLocale().toString(last, QLocale::ShortFormat));
    // Everyday words on screen; the statistic is for the doctor, in the tooltip.
    text += u' ' + (smallest >= 0.05
                        ? tr("With so few pairs the test cannot give a clear answer, however "
                             "well the treatment works: choose 5 pairs or more.")
                        : tr("Enough pairs for a clear answer if the treatment makes a real "
                             "difference."));
    m_summary->setText(text);
    m_summary->setToolTip(tr("For your doctor: the smallest p this randomization test can give "
                             "is %1.")
                              .arg(QLocale().toString(smallest, 'f', 3)));
}

QString PlannedTrialDialog::summaryText() const
{
    return m_summary->text();
}

QString PlannedTrialDialog::cautionsText() const
{
    return m_cautions->isHidden() ? QString() : m_cautions->text();
}

void PlannedTrialDialog::accept()
{
    const Treatment *chosen = chosenTreatment();
    QString error;
    if (!chosen)
        error = tr("Choose a treatment to test.");
    else if (!m_doctor->isHidden() && !m_doctor->isChecked())
        error = tr("Talk to your doctor first, then tick the box to start the test.");
    if (error.isEmpty()) {
        PlannedTrial p;
        p.treatmentId = chosen->id;
        p.treatmentKey = chosen->key;
        p.treatmentName = chosen->name;
        p.symptomKey = m_symptom->currentData().toString();
        p.start = m_start->date();
        p.periodDays = m_period->value();
        p.pairs = m_pairs->value();
        p.washoutDays = m_washout->value();
        p.seed = QRandomGenerator::system()->generate64();
        p.onFirst = PlannedTrial::drawOrder(p.seed, p.pairs);
        // The plan and what it does to a running trial are one write: both or neither.
        std::optional<Trial> ended;
        if (const Trial *running = runningTrial(); running && m_end->isChecked()) {
            ended = *running;
            ended->stop = qMax(running->start, p.start.addDays(-1));
            if (ended->stopReason.isEmpty())
                ended->stopReason = tr("Replaced by a planned test");
        }
        const Result saved = m_store->startPlannedTrial(p, ended ? &*ended : nullptr);
        error = saved.message();
        if (saved) {
            m_plan = p;
            if (ended)
                m_outcome =
                    tr("The trial of %1 ended on %2; the test takes over from %3.")
                        .arg(p.treatmentName, displayDate(ended->stop), displayDate(p.start));
            else if (const Trial *running = runningTrial())
                m_outcome = tr("The trial of %1 is paused while the test runs, %2 to %3.")
                                .arg(running->treatmentName, displayDate(p.start),
                                     displayDate(p.lastDay()));
            QDialog::accept();
            return;
        }
    }
    m_lastError = error;
    m_status->setText(error);
    m_status->setVisible(true);
    if (!m_doctor->isHidden() && !m_doctor->isChecked())
        m_doctor->setFocus();
}

} // namespace fc
