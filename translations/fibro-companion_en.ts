<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>fc::MainWindow</name>
    <message numerus="yes">
        <source>%n article(s) in the library</source>
        <translation>
            <numerusform>%n article in the library</numerusform>
            <numerusform>%n articles in the library</numerusform>
        </translation>
    </message>
</context>
</TS>
