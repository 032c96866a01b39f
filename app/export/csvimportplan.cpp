#include "export/csvimportplan.h"

namespace fc {

void CsvImportPlan::addError(int line, const QString &message)
{
    if (errors.size() < kMaxListedCsvIssues)
        errors.append({line, message});
    else
        ++unlistedErrors;
}

bool CsvImportPlan::isEmpty() const
{
    return symptoms.isEmpty() && treatments.isEmpty() && checkIns.isEmpty() && trials.isEmpty() &&
           plans.isEmpty() && notes.isEmpty() && fiqr.isEmpty() && acr2016.isEmpty() &&
           measures.isEmpty();
}

int CsvImportPlan::doseLogCount() const
{
    int n = 0;
    for (const TrialItem &t : trials)
        n += int(t.doseLog.size());
    return n;
}

QString CsvImportPlan::additions() const
{
    auto count = [](qsizetype n, const char *one, const char *many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    int scores = 0;
    for (const auto &c : checkIns)
        scores += int(c.value.scores.size());
    QStringList parts{count(checkIns.size(), "check-in", "check-ins"),
                      count(scores, "score", "scores"), count(trials.size(), "trial", "trials")};
    if (doseLogCount() > 0)
        parts << count(doseLogCount(), "taken/missed entry", "taken/missed entries");
    if (!plans.isEmpty())
        parts << count(plans.size(), "planned test", "planned tests");
    parts << count(notes.size(), "note", "notes");
    if (!fiqr.isEmpty())
        parts << count(fiqr.size(), "FIQR", "FIQRs");
    if (!acr2016.isEmpty())
        parts << count(acr2016.size(), "ACR 2016 body map", "ACR 2016 body maps");
    if (!measures.isEmpty())
        parts << count(measures.size(), "daily measure", "daily measures");
    if (!symptoms.isEmpty())
        parts << count(symptoms.size(), "new symptom", "new symptoms");
    if (!treatments.isEmpty())
        parts << count(treatments.size(), "new treatment", "new treatments");
    return parts.join(QStringLiteral(", "));
}

QString CsvImportPlan::summary(Names names) const
{
    QStringList lines;
    if (!format.isEmpty())
        lines << CsvText::tr("Format: %1").arg(format);
    lines << (errors.isEmpty()
                  ? CsvText::tr("To add: %1").arg(additions())
                  : CsvText::tr("The rows that can be read hold: %1").arg(additions()));
    if (names == Names::Listed && !matches.isEmpty()) {
        lines << CsvText::tr("Names in the file, and what each became:");
        constexpr int kListedNames = 60;
        for (const NameMatch &m : matches.mid(0, kListedNames)) {
            const bool symptom = m.kind == NameMatch::Kind::Symptom;
            lines << (m.created ? QStringLiteral("  %1 -> new %2 %3")
                                : QStringLiteral("  %1 -> the journal's %2 %3"))
                         .arg(m.source.left(80),
                              symptom ? QStringLiteral("symptom") : QStringLiteral("treatment"),
                              m.key);
        }
        if (matches.size() > kListedNames)
            lines << CsvText::tr("  … and %L1 more").arg(matches.size() - kListedNames);
    }
    if (!duplicates.isEmpty()) {
        lines << CsvText::tr("Already in the journal, skipped: %1").arg(duplicates.size());
        for (const QString &d : duplicates)
            lines << QStringLiteral("  %1").arg(d);
    }
    for (const QString &r : remarks)
        lines << QStringLiteral("Note: %1").arg(r);
    if (!errors.isEmpty()) {
        lines << CsvText::tr("Problems (nothing will be imported until they are fixed): %L1")
                     .arg(errorCount());
        for (const CsvIssue &e : errors)
            lines << QStringLiteral("  %1").arg(e.toString());
        if (unlistedErrors > 0)
            lines << CsvText::tr("  … and %L1 more like these, not listed").arg(unlistedErrors);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace fc
