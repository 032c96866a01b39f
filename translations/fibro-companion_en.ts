<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
