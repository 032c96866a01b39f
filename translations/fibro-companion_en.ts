<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>fc::ArticleImporter</name>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>Imported %n article.</numerusform>
            <numerusform>Imported %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform>
            <numerusform>%n files could not be imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::HealthImport</name>
    <message numerus="yes">
        <source>%1 on %n day(s)</source>
        <translation>
            <numerusform>%1 on %n day</numerusform>
            <numerusform>%1 on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reading(s) could not be used.</source>
        <translation>
            <numerusform>%Ln reading could not be used.</numerusform>
            <numerusform>%Ln readings could not be used.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::PacingLags</name>
    <message numerus="yes">
        <source>No clear link between %1 and %2 0-3 days later: the strongest, %n day(s) later (ρ = %3 over %4 days), came up as strongly in %5% of shifted copies of your diary.</source>
        <translation>
            <numerusform>No clear link between %1 and %2 0-3 days later: the strongest, %n day later (ρ = %3 over %4 days), came up as strongly in %5% of shifted copies of your diary.</numerusform>
            <numerusform>No clear link between %1 and %2 0-3 days later: the strongest, %n days later (ρ = %3 over %4 days), came up as strongly in %5% of shifted copies of your diary.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 tended to be worse %n day(s) after days of more %2. Such a link rarely comes up by chance in a diary like yours.</source>
        <translation>
            <numerusform>%1 tended to be worse %n day after days of more %2. Such a link rarely comes up by chance in a diary like yours.</numerusform>
            <numerusform>%1 tended to be worse %n days after days of more %2. Such a link rarely comes up by chance in a diary like yours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 tended to be worse %n day(s) after days of more %2 (ρ = %3 over %4 days; as strong in %5% of shifted copies of your diary).</source>
        <translation>
            <numerusform>%1 tended to be worse %n day after days of more %2 (ρ = %3 over %4 days; as strong in %5% of shifted copies of your diary).</numerusform>
            <numerusform>%1 tended to be worse %n days after days of more %2 (ρ = %3 over %4 days; as strong in %5% of shifted copies of your diary).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::PacingChart</name>
    <message numerus="yes">
        <source>%1 as bars and %2 as a line, %3 to %4; days of high %1 joined to %2 %n day(s) later</source>
        <translation>
            <numerusform>%1 as bars and %2 as a line, %3 to %4; days of high %1 joined to %2 %n day later</numerusform>
            <numerusform>%1 as bars and %2 as a line, %3 to %4; days of high %1 joined to %2 %n days later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 %n day(s) later</source>
        <translation>
            <numerusform>%1 and %2 %n day later</numerusform>
            <numerusform>%1 and %2 %n days later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a day of high %1 joined to %2 %n day(s) later</source>
        <translation>
            <numerusform>a day of high %1 joined to %2 %n day later</numerusform>
            <numerusform>a day of high %1 joined to %2 %n days later</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::CsvImport</name>
    <message numerus="yes">
        <source>not imported: column %1 (this importer does not know what it holds).</source>
        <translation>
            <numerusform>not imported: column %1 (this importer does not know what it holds).</numerusform>
            <numerusform>not imported: columns %1 (this importer does not know what they hold).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has %Ln problem(s); nothing was imported.</source>
        <translation>
            <numerusform>The file has %Ln problem; nothing was imported.</numerusform>
            <numerusform>The file has %Ln problems; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::CsvImportDialog</name>
    <message numerus="yes">
        <source>%Ln problem(s) in this file, so nothing will be imported. Fix the lines listed below and try again.</source>
        <translation>
            <numerusform>%Ln problem in this file, so nothing will be imported. Fix the line listed below and try again.</numerusform>
            <numerusform>%Ln problems in this file, so nothing will be imported. Fix the lines listed below and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::ExportActions</name>
    <message numerus="yes">
        <source>Wrote %1 (%n row(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n row).</numerusform>
            <numerusform>Wrote %1 (%n rows).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::FiqrDialog</name>
    <message numerus="yes">
        <source>%n item(s) left empty: each domain's score is scaled up from the items answered, as the FIQR's authors advise.</source>
        <translation>
            <numerusform>%n item left empty: its domain's score is scaled up from the items answered, as the FIQR's authors advise.</numerusform>
            <numerusform>%n items left empty: each domain's score is scaled up from the items answered, as the FIQR's authors advise.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::MainWindow</name>
    <message numerus="yes">
        <source>%Ln article(s) in the library</source>
        <translation>
            <numerusform>%Ln article in the library</numerusform>
            <numerusform>%Ln articles in the library</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::VisitReport</name>
    <message numerus="yes">
        <source>The week-by-week means are left out so the report keeps to %n page(s); the History chart shows each week's course.</source>
        <translation>
            <numerusform>The week-by-week means are left out so the report keeps to %n page; the History chart shows each week's course.</numerusform>
            <numerusform>The week-by-week means are left out so the report keeps to %n pages; the History chart shows each week's course.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: median %2 (%n day(s) logged)</source>
        <translation>
            <numerusform>%1: median %2 (%n day logged)</numerusform>
            <numerusform>%1: median %2 (%n days logged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days with a check-in</source>
        <translation>
            <numerusform>%n day with a check-in</numerusform>
            <numerusform>%n days with a check-in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>taken on %1 of %n days logged</source>
        <translation>
            <numerusform>taken on %1 of %n day logged</numerusform>
            <numerusform>taken on %1 of %n days logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hard days: crash days and days whose scores average %1 or worse out of 10, as the Journal marks them.</source>
        <translation>
            <numerusform>%n hard day: a crash day or a day whose scores average %1 or worse out of 10, as the Journal marks it.</numerusform>
            <numerusform>%n hard days: crash days and days whose scores average %1 or worse out of 10, as the Journal marks them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scores 0-10. Nothing was logged in the %n days before (%1 – %2) to compare with.</source>
        <translation>
            <numerusform>Scores 0-10. Nothing was logged in the day before (%1 – %2) to compare with.</numerusform>
            <numerusform>Scores 0-10. Nothing was logged in the %n days before (%1 – %2) to compare with.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Effects compare the usual level in the days before each treatment (up to %n days) with the level on it, after its ramp-up, allowing for bad days that come in runs. Verdict: “probably helped” or “probably made it worse” when p &lt; 0.05.</source>
        <translation>
            <numerusform>Effects compare the usual level in the day before each treatment with the level on it, after its ramp-up, allowing for bad days that come in runs. Verdict: “probably helped” or “probably made it worse” when p &lt; 0.05.</numerusform>
            <numerusform>Effects compare the usual level in the days before each treatment (up to %n days) with the level on it, after its ramp-up, allowing for bad days that come in runs. Verdict: “probably helped” or “probably made it worse” when p &lt; 0.05.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n crash days in this period.</source>
        <translation>
            <numerusform>%n crash day in this period.</numerusform>
            <numerusform>%n crash days in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scores 0-10. Change compares the mean with the %n days before (%1 – %2).</source>
        <translation>
            <numerusform>Scores 0-10. Change compares the mean with the day before (%1 – %2).</numerusform>
            <numerusform>Scores 0-10. Change compares the mean with the %n days before (%1 – %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::JournalSidePanel</name>
    <message numerus="yes">
        <source>%n day(s) with &quot;%1&quot; in the note</source>
        <translation>
            <numerusform>%n day with &quot;%1&quot; in the note</numerusform>
            <numerusform>%n days with &quot;%1&quot; in the note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in the journal</source>
        <translation>
            <numerusform>%n day in the journal</numerusform>
            <numerusform>%n days in the journal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in the last year</source>
        <translation>
            <numerusform>%n day in the last year</numerusform>
            <numerusform>%n days in the last year</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::NotesPanel</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::TodayView</name>
    <message numerus="yes">
        <source>Not checked in yet today: %n score(s), each 0 to 10.</source>
        <translation>
            <numerusform>Not checked in yet today: one score, 0 to 10.</numerusform>
            <numerusform>Not checked in yet today: %n scores, each 0 to 10.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::TrialsPanel</name>
    <message numerus="yes">
        <source>Taken on %1 of the %n day(s) logged.</source>
        <translation>
            <numerusform>Taken on %1 of the %n day logged.</numerusform>
            <numerusform>Taken on %1 of the %n days logged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ramp-up: %n day(s)</source>
        <translation>
            <numerusform>Ramp-up: %n day</numerusform>
            <numerusform>Ramp-up: %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::LibraryPanel</name>
    <message numerus="yes">
        <source>Found in the text of %n article(s):</source>
        <translation>
            <numerusform>Found in the text of %n article:</numerusform>
            <numerusform>Found in the text of %n articles:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found in the text of %n article(s); the %1 best are listed:</source>
        <translation>
            <numerusform>Found in the text of %n article; the %1 best are listed:</numerusform>
            <numerusform>Found in the text of %n articles; the %1 best are listed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::PlannedTrialDialog</name>
    <message numerus="yes">
        <source>%n pair(s) of %1-day periods: %2 days, from %3 to %4.</source>
        <translation>
            <numerusform>%n pair of %1-day periods: %2 days, from %3 to %4.</numerusform>
            <numerusform>%n pairs of %1-day periods: %2 days, from %3 to %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::NotesExportDialog</name>
    <message numerus="yes">
        <source>&amp;Selected notes (%n)</source>
        <translation>
            <numerusform>&amp;Selected note (%n)</numerusform>
            <numerusform>&amp;Selected notes (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::ReaderSection</name>
    <message numerus="yes">
        <source>%Ln article(s) in the library</source>
        <translation>
            <numerusform>%Ln article in the library</numerusform>
            <numerusform>%Ln articles in the library</numerusform>
        </translation>
    </message>
</context>
</TS>
