#include "export/csvimport.h"

#include "export/journalcsv.h"
#include "journal/journalstore.h"
#include "journal/sqlvalues.h"
#include "journal/symptomstore.h"
#include "storage/sqlerror.h"
#include "storage/writetransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcCsvImport, "fc.export.csvimport")

namespace fc {

using sqlvalues::text;

namespace {

enum class Layout { Unknown, OurLong, OurWide, FlaredownWide, FlaredownLong, Bearable, Daylio };

Layout detect(const QStringList &header)
{
    if (header == journalcsv::longHeader)
        return Layout::OurLong;
    if (isBearableHeader(header))
        return Layout::Bearable;
    if (isDaylioHeader(header))
        return Layout::Daylio;
    if (header.contains(QLatin1String("checkin_date")) &&
        header.contains(QLatin1String("trackable_type")) &&
        header.contains(QLatin1String("trackable_name")) &&
        header.contains(QLatin1String("trackable_value")))
        return Layout::FlaredownLong;
    if (flaredownTagsColumn(header) > 0)
        return Layout::FlaredownWide;
    // A long-layout header with a typo must not be read as symptom columns.
    if (header.size() >= 2 && header.first() == QLatin1String("date") &&
        !header.contains(QLatin1String("kind")))
        return Layout::OurWide;
    return Layout::Unknown;
}

// The first columns of an unknown header, each name cut short, for a message of bounded length.
QString describeHeader(const QStringList &header)
{
    constexpr int shownColumns = 6, shownChars = 32;
    QStringList shown;
    for (const QString &name : header.mid(0, shownColumns)) {
        const QString trimmed = name.trimmed();
        shown << QLatin1Char('"') +
                     (trimmed.size() > shownChars ? trimmed.left(shownChars - 1) + QChar(0x2026)
                                                  : trimmed) +
                     QLatin1Char('"');
    }
    QString text = shown.join(QStringLiteral(", "));
    if (header.size() > shownColumns)
        text += QStringLiteral(", … %1 columns in all").arg(header.size());
    return text;
}

void removeDuplicates(CsvImportPlan &plan, const JournalStore &store)
{
    QSet<QDate> days;
    for (const CheckIn &c : store.checkIns(QDate(1900, 1, 1), QDate(9999, 12, 31)))
        days.insert(c.day);
    QVector<CsvImportPlan::Item<CheckIn>> checkIns;
    for (const auto &item : qAsConst(plan.checkIns)) {
        if (days.contains(item.value.day))
            plan.duplicates << CsvImport::tr("line %1: the journal already has a check-in for %2")
                                   .arg(item.line)
                                   .arg(item.value.day.toString(Qt::ISODate));
        else
            checkIns << item;
    }
    plan.checkIns = checkIns;

    QSet<QString> trials;
    for (const Trial &t : store.trials().trials())
        trials.insert(t.treatmentKey + QLatin1Char('/') + t.start.toString(Qt::ISODate));
    QVector<CsvImportPlan::TrialItem> newTrials;
    for (const auto &item : qAsConst(plan.trials)) {
        const QString slot =
            item.trial.treatmentKey + QLatin1Char('/') + item.trial.start.toString(Qt::ISODate);
        if (trials.contains(slot))
            plan.duplicates << CsvImport::tr("line %1: the journal already has the trial of %2 "
                                             "started %3")
                                   .arg(item.line)
                                   .arg(item.trial.treatmentKey,
                                        item.trial.start.toString(Qt::ISODate));
        else
            newTrials << item;
    }
    plan.trials = newTrials;

    QSet<QString> tests;
    for (const PlannedTrial &p : store.plans().plans())
        tests.insert(p.treatmentKey + QLatin1Char('/') + p.start.toString(Qt::ISODate));
    QVector<CsvImportPlan::Item<PlannedTrial>> newTests;
    for (const auto &item : qAsConst(plan.plans)) {
        if (tests.contains(item.value.treatmentKey + QLatin1Char('/') +
                           item.value.start.toString(Qt::ISODate)))
            plan.duplicates << CsvImport::tr("line %1: the journal already has the test of %2 "
                                             "starting %3")
                                   .arg(item.line)
                                   .arg(item.value.treatmentKey,
                                        item.value.start.toString(Qt::ISODate));
        else
            newTests << item;
    }
    plan.plans = newTests;

    QSet<QString> notes;
    auto noteSlot = [](const Note &n) {
        return n.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
               QLatin1Char('/') + n.title + QLatin1Char('/') + n.body;
    };
    for (const Note &n : store.notesStore().notes())
        notes.insert(noteSlot(n));
    QVector<CsvImportPlan::Item<Note>> newNotes;
    for (const auto &item : qAsConst(plan.notes)) {
        if (notes.contains(noteSlot(item.value)))
            plan.duplicates << CsvImport::tr("line %1: the journal already has the note \"%2\"")
                                   .arg(item.line)
                                   .arg(item.value.title);
        else
            newNotes << item;
    }
    plan.notes = newNotes;

    QSet<QDate> fiqrDays, acrDays;
    for (const FiqrAnswers &a : store.questionnaires().fiqrAnswers())
        fiqrDays.insert(a.day);
    for (const Acr2016Answers &a : store.questionnaires().acr2016Answers())
        acrDays.insert(a.day);
    plan.fiqr.removeIf([&](const CsvImportPlan::Item<FiqrAnswers> &item) {
        if (!fiqrDays.contains(item.value.day))
            return false;
        plan.duplicates << CsvImport::tr("line %1: the journal already has a FIQR on %2")
                               .arg(item.line)
                               .arg(item.value.day.toString(Qt::ISODate));
        return true;
    });
    plan.acr2016.removeIf([&](const CsvImportPlan::Item<Acr2016Answers> &item) {
        if (!acrDays.contains(item.value.day))
            return false;
        plan.duplicates << CsvImport::tr("line %1: the journal already has an ACR 2016 body map "
                                         "on %2")
                               .arg(item.line)
                               .arg(item.value.day.toString(Qt::ISODate));
        return true;
    });

    // A day's measure already in the journal stays as it is, like a day's check-in.
    QSet<QString> measured;
    for (const DayMeasure &m : store.measures().all())
        measured.insert(m.day.toString(Qt::ISODate) + u'/' + m.name);
    plan.measures.removeIf([&](const CsvImportPlan::Item<DayMeasure> &item) {
        const QString day = item.value.day.toString(Qt::ISODate);
        if (!measured.contains(day + u'/' + item.value.name))
            return false;
        plan.duplicates << CsvImport::tr("line %1: the journal already has %2 on %3")
                               .arg(item.line)
                               .arg(item.value.name, day);
        return true;
    });
}

// The reader's problems and the parser's, in line order, the first kMaxListedCsvIssues listed.
// Each list holds its own first ones, so the merged first ones are the file's first ones.
void addReaderIssues(const CsvStream &rows, CsvImportPlan &plan)
{
    QVector<CsvIssue> all = rows.issues() + plan.errors;
    std::stable_sort(all.begin(), all.end(),
                     [](const CsvIssue &a, const CsvIssue &b) { return a.line < b.line; });
    plan.unlistedErrors += rows.unlistedIssues();
    if (all.size() > kMaxListedCsvIssues) {
        plan.unlistedErrors += all.size() - kMaxListedCsvIssues;
        all.resize(kMaxListedCsvIssues);
    }
    plan.errors = std::move(all);
}

// The journal's id of a treatment the plan names by key (added earlier in the same import, or
// already there).
Expected<qint64> treatmentIdOf(JournalStore &store, const QString &key)
{
    const std::optional<Treatment> treatment = store.trials().treatment(key);
    if (!treatment)
        return fail(CsvImport::tr("unknown treatment"));
    return treatment->id;
}

// A store's own message, said of the row it came from.
Result lineFailed(const Result &step, const QString &what)
{
    return fail(CsvImport::tr("Could not %1: %2").arg(what, step.message()));
}

} // namespace

QString keyFromName(const QString &name)
{
    QString key;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            key += c;
        else if (!key.isEmpty() && !key.endsWith(QLatin1Char('_')) &&
                 c.category() != QChar::Mark_NonSpacing)
            key += QLatin1Char('_');
    }
    while (key.endsWith(QLatin1Char('_')))
        key.chop(1);
    return key.isEmpty() ? QStringLiteral("item") : key;
}

CsvImportPlan CsvImport::plan(const QByteArray &data, const JournalStore &store,
                              const CsvNameChoices &choices)
{
    CsvImportPlan plan;
    CsvReadOptions options;
    options.crlfInFieldsAsLf = true;
    CsvStream rows(data, options);
    CsvImportContext context{store.symptoms(true), store.trials().treatments(),
                             QDate::currentDate(), choices};
    switch (detect(rows.header())) {
    case Layout::OurLong:
        parseOurLongCsv(rows, context, plan);
        break;
    case Layout::OurWide:
        parseOurWideCsv(rows, context, plan);
        break;
    case Layout::FlaredownWide:
        parseFlaredownWideCsv(rows, context, plan);
        break;
    case Layout::FlaredownLong:
        parseFlaredownLongCsv(rows, context, plan);
        break;
    case Layout::Bearable:
        parseBearableCsv(rows, context, plan);
        break;
    case Layout::Daylio:
        parseDaylioCsv(rows, context, plan);
        break;
    case Layout::Unknown:
        // The rows of a file whose layout is unknown are not read: their problems would bury the
        // one that matters.
        if (rows.issues().isEmpty() || !rows.header().isEmpty())
            plan.addError(1, tr("the first line (%1) is not a header Fibro Companion "
                                "knows. Expected date,time,kind,name,value,unit,note "
                                "(its long layout), date followed by one column per "
                                "symptom (its wide layout), or an export of "
                                "Flaredown, Bearable or Daylio.")
                                 .arg(describeHeader(rows.header())));
        break;
    }
    addReaderIssues(rows, plan);
    removeDuplicates(plan, store);
    return plan;
}

bool CsvImport::readFile(const QString &path, QByteArray *data, CsvImportPlan *failure)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failure->addError(0, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    // A file over the limit is not read into memory at all.
    const qint64 limit = CsvReadOptions().maxBytes;
    if (file.size() > limit) {
        const CsvIssue tooLarge = csvSizeIssue(file.size(), limit);
        failure->addError(tooLarge.line, tooLarge.message);
        return false;
    }
    *data = file.readAll();
    return true;
}

CsvImportPlan CsvImport::planFile(const QString &path, const JournalStore &store,
                                  const CsvNameChoices &choices)
{
    QByteArray data;
    CsvImportPlan failure;
    if (!readFile(path, &data, &failure))
        return failure;
    return plan(data, store, choices);
}

Result CsvImport::apply(const CsvImportPlan &plan, JournalStore &store)
{
    if (!plan.errors.isEmpty())
        return fail(tr("The file has %Ln problem(s); nothing was imported.", nullptr,
                       int(std::min<qint64>(plan.errorCount(), INT_MAX))));
    // Everything through the stores, each joined to this one transaction: all or nothing.
    Result imported = WriteTransaction::run(store.database().db(), [&]() -> Result {
        SymptomStore symptoms(&store.database());
        for (const auto &item : plan.symptoms) {
            Symptom s = item.value;
            if (Result step = symptoms.addWithKey(s); !step)
                return lineFailed(step,
                                  tr("add the symptom %1 (line %2)").arg(s.key).arg(item.line));
        }
        for (const auto &item : plan.treatments) {
            Treatment t = item.value;
            if (Result step = store.trials().addTreatmentWithKey(t); !step)
                return lineFailed(step,
                                  tr("add the treatment %1 (line %2)").arg(t.key).arg(item.line));
        }

        // Check-ins through the journal's own save, joined to this transaction.
        for (const auto &item : plan.checkIns) {
            CheckIn c = item.value;
            if (Result step = store.saveCheckIn(c); !step)
                return lineFailed(step, tr("add the check-in of %1 (line %2)")
                                            .arg(c.day.toString(Qt::ISODate))
                                            .arg(item.line));
        }

        // Trials with their dose changes and side effects, then what was taken or missed.
        for (const auto &item : plan.trials) {
            Trial t = item.trial;
            const QString what =
                tr("add the trial of %1 (line %2)").arg(t.treatmentKey).arg(item.line);
            const Expected<qint64> treatmentId = treatmentIdOf(store, t.treatmentKey);
            if (!treatmentId)
                return lineFailed(treatmentId.result(), what);
            t.treatmentId = *treatmentId;
            if (Result step = store.trials().saveTrial(t); !step)
                return lineFailed(step, what);
            for (auto it = item.doseLog.cbegin(); it != item.doseLog.cend(); ++it)
                if (Result step = store.trials().setDoseTaken(t.id, it.key(), it.value()); !step)
                    return lineFailed(step, what);
        }

        for (const auto &item : plan.plans) {
            PlannedTrial p = item.value;
            const QString what =
                tr("add the test of %1 (line %2)").arg(p.treatmentKey).arg(item.line);
            const Expected<qint64> treatmentId = treatmentIdOf(store, p.treatmentKey);
            if (!treatmentId)
                return lineFailed(treatmentId.result(), what);
            p.treatmentId = *treatmentId;
            if (Result step = store.plans().savePlan(p); !step)
                return lineFailed(step, what);
        }

        for (const auto &item : plan.notes) {
            Note n = item.value;
            if (Result step = store.notesStore().save(n); !step)
                return lineFailed(step, tr("add the note on line %1").arg(item.line));
        }
        for (const auto &item : plan.fiqr)
            if (Result step = store.questionnaires().saveFiqr(item.value); !step)
                return lineFailed(step, tr("add the FIQR on line %1").arg(item.line));
        QVector<DayMeasure> measures;
        for (const auto &item : plan.measures)
            measures << item.value;
        if (const Expected<MeasureWrite> saved = store.measures().save(measures); !saved)
            return lineFailed(saved.result(), tr("add the daily measures"));
        for (const auto &item : plan.acr2016)
            if (Result step = store.questionnaires().saveAcr2016(item.value); !step)
                return lineFailed(step, tr("add the ACR 2016 answers on line %1").arg(item.line));
        return {};
    });
    if (imported)
        qCInfo(lcCsvImport) << "imported" << plan.additions();
    return imported;
}

} // namespace fc
