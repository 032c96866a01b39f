// Writes a journal with known notes and check-ins, so end-to-end tests can check that what they
// exported holds exactly that.
#include "journal/journalstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>

namespace {

// DAYS days of check-ins ending today with a custom symptom, sleep, crash days, two trials
// (one stopped, one with a titration and a taken/missed log) and side effects.
fc::Result seedFull(fc::JournalStore &store, int days)
{
    QSqlQuery q(store.database().db());
    if (!q.exec(QStringLiteral("INSERT INTO symptom (key, name, higher_is_better, low_label,"
                               " mid_label, high_label, position) VALUES ('jaw_pain', 'Jaw pain',"
                               " 0, 'none', 'some', 'severe', 10)"))) {
        return fc::fail(QStringLiteral("cannot add symptom"));
    }
    const QDate today = QDate::currentDate();
    for (int d = 0; d < days; ++d) {
        fc::CheckIn c;
        c.day = today.addDays(-d);
        c.time = QTime(8 + d % 3, 15);
        // Pain falls from 7 to about 4 over the period; fatigue cycles 3..6.
        c.scores = {{QStringLiteral("pain"), 4 + (d * 3) / qMax(1, days - 1)},
                    {QStringLiteral("fatigue"), 3 + d % 4},
                    {QStringLiteral("sleep"), 6 - d % 3},
                    {QStringLiteral("jaw_pain"), d % 2 ? 2 : 5}};
        c.hoursSlept = 6.5 + (d % 4) * 0.5;
        c.crash = d % 17 == 5;
        c.note = c.crash ? QStringLiteral("Crash after a long appointment, \"day %1\"").arg(d)
                         : (d % 9 == 0 ? QStringLiteral("Walked 10 min,\nslept badly") : QString());
        if (fc::Result step = store.saveCheckIn(c); !step)
            return step;
    }
    const auto ldn = store.trials().treatment(QStringLiteral("low-dose-naltrexone"));
    fc::Treatment own;
    own.name = QStringLiteral("Warm bath routine");
    own.kind = QStringLiteral("other");
    if (!ldn)
        return fc::fail(QStringLiteral("catalogue has no low-dose-naltrexone"));
    if (fc::Result step = store.trials().addTreatment(own); !step)
        return step;
    fc::Trial a;
    a.treatmentId = ldn->id;
    a.dose = 1.5;
    a.unit = QStringLiteral("mg");
    a.schedule = QStringLiteral("at bedtime");
    a.start = today.addDays(-(days * 2 / 3));
    a.rampUpDays = 14;
    a.doseChanges = {{0, a.start.addDays(14), 3, QStringLiteral("mg"), QStringLiteral("step up")},
                     {0, a.start.addDays(28), 4.5, QStringLiteral("mg"), QString()}};
    a.sideEffects = {{0, a.start.addDays(3), QStringLiteral("Vivid dreams"), 4},
                     {0, a.start.addDays(20), QStringLiteral("Mild headache"), std::nullopt}};
    if (fc::Result step = store.trials().saveTrial(a); !step)
        return step;
    // Doses are logged for the first ten days on it that have already come.
    for (int d = 0; d < 10 && a.start.addDays(d) <= today; ++d)
        if (fc::Result step = store.trials().setDoseTaken(a.id, a.start.addDays(d), d != 4); !step)
            return step;
    if (days < 10)
        return {}; // too short for a second, finished trial
    fc::Trial b;
    b.treatmentId = own.id;
    b.start = today.addDays(-(days - 5));
    b.stop = today.addDays(-(days / 2));
    b.stopReason = QStringLiteral("Too tiring; no change");
    b.rampUpDays = 0;
    b.note = QStringLiteral("Evenings");
    return store.trials().saveTrial(b);
}

// A FIQR every week and the ACR 2016 questions every 4 weeks over DAYS days, improving a little
// over time, so the report and Insights have questionnaire history to show.
fc::Result seedQuestionnaires(fc::JournalStore &store, int days)
{
    const QDate today = QDate::currentDate();
    for (int d = days - 1; d >= 0; d -= 7) {
        fc::FiqrAnswers f;
        f.day = today.addDays(-d);
        for (int n = 0; n < fc::FiqrAnswers::kItems; ++n)
            f.items.at(size_t(n)) = std::clamp(3 + (n % 4) + d / 30, 0, 10);
        if (fc::Result step = store.questionnaires().saveFiqr(f); !step)
            return step;
    }
    const QStringList areas{"left_shoulder_girdle",
                            "right_shoulder_girdle",
                            "neck",
                            "upper_back",
                            "lower_back",
                            "left_hip",
                            "right_hip",
                            "left_upper_leg",
                            "right_upper_arm",
                            "left_jaw"};
    for (int d = days - 1; d >= 0; d -= 28) {
        fc::Acr2016Answers a;
        a.day = today.addDays(-d);
        const int painful = std::min(int(areas.size()), 6 + d / 28);
        for (int i = 0; i < painful; ++i)
            a.painfulAreas.insert(areas[i]);
        a.sss = {2, 2 + (d > 60 ? 1 : 0), 1, 1, 0, d > 60 ? 1 : 0};
        a.lastedThreeMonths = true;
        if (fc::Result step = store.questionnaires().saveAcr2016(a); !step)
            return step;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr,
                     "usage: fc-seed-journal DATA_DIR [NOTE_COUNT [DAYS [questionnaires]]]\n");
        return 2;
    }
    QDir().mkpath(args[1]);
    fc::JournalStore store;
    // Says why a step failed and ends the tool.
    auto failed = [](const fc::Result &step) {
        std::fprintf(stderr, "%s\n", qPrintable(step.message()));
        return 1;
    };
    if (fc::Result opened = store.open(QDir(args[1]).filePath(QStringLiteral("journal.sqlite")));
        !opened)
        return failed(opened);
    const int count = args.size() > 2 ? args[2].toInt() : 1;
    for (int i = 0; i < count; ++i) {
        fc::Note note;
        note.title = i == 0 ? QStringLiteral("Questions for Dr Rivera")
                            : QStringLiteral("Note number %1").arg(i + 1);
        note.body =
            i == 0 ? QStringLiteral("Ask whether **magnesium threonate** is safe with my "
                                    "kidneys.\n\n- sleep worse since March\n- pain 6/10 most days")
                   : QStringLiteral("Body of note %1 with *emphasis*.").arg(i + 1);
        if (i == 0) {
            note.tags = {QStringLiteral("Questions for my doctor")};
            note.articleSlug = QStringLiteral("low-dose-naltrexone");
            note.quote = QStringLiteral("Thirty one women with Fibromyalgia");
        }
        if (fc::Result saved = store.notesStore().save(note); !saved)
            return failed(saved);
    }
    if (args.size() > 3) {
        const bool questionnaires = args.size() > 4 && args[4] == QLatin1String("questionnaires");
        if (fc::Result seeded = seedFull(store, args[3].toInt()); !seeded)
            return failed(seeded);
        if (questionnaires) {
            if (fc::Result seeded = seedQuestionnaires(store, args[3].toInt()); !seeded)
                return failed(seeded);
        }
        return 0;
    }
    for (int d = 0; d < 14; ++d) {
        fc::CheckIn c;
        c.day = QDate::currentDate().addDays(-d);
        c.scores = {{QStringLiteral("pain"), 4 + d % 4}, {QStringLiteral("fatigue"), 5}};
        c.note = QStringLiteral("day %1").arg(d);
        if (fc::Result saved = store.saveCheckIn(c); !saved)
            return failed(saved);
    }
    return 0;
}
