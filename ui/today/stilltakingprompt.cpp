#include "ui/today/stilltakingprompt.h"

#include "core/displaydate.h"
#include "journal/journalstore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fc {

StillTakingPrompt::StillTakingPrompt(JournalStore *store, const TodaySummary::ActiveTrial &trial,
                                     const QDate &today, QWidget *parent)
    : QFrame(parent)
    , m_store(store)
    , m_trial(trial)
    , m_today(today)
    , m_question(new QLabel(this))
    , m_yes(new QPushButton(tr("Yes, taken today"), this))
    , m_stopped(new QPushButton(tr("No, I stopped"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("still-taking"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    m_question->setText(tr("Still taking %1? Nothing has been logged for it since %2.")
                            .arg(trial.treatmentName, displayDate(trial.lastLogged)));
    setAccessibleName(m_question->text());
    m_yes->setAccessibleDescription(tr("Marks %1 as taken today.").arg(trial.treatmentName));
    m_stopped->setAccessibleDescription(
        tr("Ends the trial of %1 on the last day it was noted; you can change the day in "
           "Journal, Trials.")
            .arg(trial.treatmentName));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_yes);
    buttons->addWidget(m_stopped);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addLayout(buttons);

    connect(m_yes, &QPushButton::clicked, this, &StillTakingPrompt::stillTaking);
    connect(m_stopped, &QPushButton::clicked, this, &StillTakingPrompt::stopped);
}

QString StillTakingPrompt::text() const
{
    return m_question->text();
}

void StillTakingPrompt::stillTaking()
{
    if (const Result outcome = m_store->trials().setDoseTaken(m_trial.id, m_today, true);
        !outcome) {
        emit message(outcome.message());
        return;
    }
    emit message(tr("%1 marked as taken today.").arg(m_trial.treatmentName));
}

void StillTakingPrompt::stopped()
{
    std::optional<Trial> trial = m_store->trials().trial(m_trial.id);
    if (!trial) {
        emit message(tr("The trial of %1 is no longer in the journal.").arg(m_trial.treatmentName));
        return;
    }
    // The last day the journal shows it taken: a dose logged, or a dose change or side effect
    // noted after that.
    QDate stop = m_trial.lastLogged;
    for (const DoseChange &change : std::as_const(trial->doseChanges))
        if (change.day > stop && change.day <= m_today)
            stop = change.day;
    for (const SideEffect &effect : std::as_const(trial->sideEffects))
        if (effect.day > stop && effect.day <= m_today)
            stop = effect.day;
    trial->stop = stop;
    if (trial->stopReason.isEmpty())
        trial->stopReason = tr("No longer taken");
    if (const Result outcome = m_store->trials().saveTrial(*trial); !outcome) {
        emit message(
            tr("The trial of %1 was not ended: %2").arg(m_trial.treatmentName, outcome.message()));
        return;
    }
    emit message(tr("The trial of %1 ended on %2, the last day it was noted. Journal, Trials can "
                    "change the day.")
                     .arg(m_trial.treatmentName, displayDate(stop)));
}

} // namespace fc
