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
</TS>
