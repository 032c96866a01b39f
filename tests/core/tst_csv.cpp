#include "export/csvreader.h"
#include "export/csvwriter.h"
#include "testsuites.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

using namespace fc;

using Rows = QList<QStringList>;
using Lines = QList<int>;

namespace {

QStringList issuesOf(const CsvTable &table)
{
    QStringList result;
    for (const CsvIssue &issue : table.issues)
        result << issue.toString();
    return result;
}

Rows fieldsOf(const CsvTable &table)
{
    Rows result;
    for (const CsvRecord &record : table.rows)
        result << record.fields;
    return result;
}

Lines linesOf(const CsvTable &table)
{
    Lines result;
    for (const CsvRecord &record : table.rows)
        result << record.line;
    return result;
}

const QStringList kHeader{"date", "symptom", "note", "score"};
const QString kFffd(QChar::ReplacementCharacter);

Rows trickyRows()
{
    return {
        {"2024-01-02", "pain, widespread", "said \"ouch\" twice", "7"},
        {"2024-01-03", "line one\nline two", "crlf\r\ninside", "lone\rcr"},
        {"", "", "", ""},
        {"  leading", "trailing  ", "\tindented", " "},
        {"Müdigkeit — 疲労", "😴🔥 flare", "\"", "\"\""},
        {QString(QChar(0xFEFF)) + "bom-like", "a;b\tc", "=SUM(A1:A2)", "-2 kg"},
        {"\n", "\r", "\r\n", ",,"},
    };
}

QString utf8Issue(int line, int field, const char *byte)
{
    return QStringLiteral("line %1: field %2: invalid UTF-8 byte 0x%3 (shown as U+FFFD); the file "
                          "must be saved as UTF-8")
        .arg(line)
        .arg(field)
        .arg(QLatin1String(byte));
}

} // namespace

class TstCsv : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QByteArray>("lineEnd");
        QTest::addColumn<bool>("bom");
        QTest::newRow("comma crlf") << QChar(u',') << QByteArray("\r\n") << false;
        QTest::newRow("comma lf bom") << QChar(u',') << QByteArray("\n") << true;
        QTest::newRow("semicolon cr") << QChar(u';') << QByteArray("\r") << false;
        QTest::newRow("tab crlf bom") << QChar(u'\t') << QByteArray("\r\n") << true;
    }

    void roundTrip()
    {
        QFETCH(QChar, delimiter);
        QFETCH(QByteArray, lineEnd);
        QFETCH(bool, bom);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer, delimiter, lineEnd);
        if (bom)
            writer.writeBom();
        QVERIFY2(writer.writeRecord(kHeader), qPrintable(writer.errorString()));
        for (const QStringList &row : trickyRows())
            QVERIFY2(writer.writeRecord(row), qPrintable(writer.errorString()));
        QVERIFY(writer.errorString().isEmpty());
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);

        const CsvTable table = readCsv(bytes);
        QCOMPARE(issuesOf(table), QStringList());
        QCOMPARE(table.hadBom, bom);
        QCOMPARE(table.delimiter, delimiter);
        QCOMPARE(table.header, kHeader);
        QCOMPARE(fieldsOf(table), trickyRows());
        // The second row holds three line breaks ("\n", "\r\n", lone "\r") inside quotes, so it
        // covers lines 3 to 6.
        QCOMPARE(linesOf(table), (Lines{2, 3, 7, 8, 9, 10, 11}));
    }

    void recordEncoding()
    {
        QCOMPARE(toCsvRecord({"a", "b,c", "say \"hi\"", "", " x", "y ", "l1\nl2", "r\rs"}),
                 QByteArray("a,\"b,c\",\"say \"\"hi\"\"\",,\" x\",\"y \",\"l1\nl2\",\"r\rs\"\r\n"));
        QCOMPARE(toCsvRecord({"a,b", "a;b", "é"}, u';', "\n"),
                 QByteArray("a,b;\"a;b\";\xC3\xA9\n"));
        QCOMPARE(toCsvRecord({"a\tb", "c"}, u'\t', "\r"), QByteArray("\"a\tb\"\tc\r"));
        QCOMPARE(toCsvRecord({"=1+1", "@x", "-2"}), QByteArray("=1+1,@x,-2\r\n"));
        // A leading U+FEFF is quoted so it cannot pass for the file's byte order mark.
        QCOMPARE(toCsvRecord({QString(QChar(0xFEFF)) + "x", "y"}), QByteArray("\"\xEF\xBB\xBF"
                                                                              "x\",y\r\n"));
        QCOMPARE(toCsvRecord({}), QByteArray("\r\n"));
        QCOMPARE(toCsvRecord({"", ""}), QByteArray(",\r\n"));
        // A lone empty field must not look like a blank line, which readers skip.
        const QByteArray column = toCsvRecord({"note"}) + toCsvRecord({""}) + toCsvRecord({"b"});
        QCOMPARE(column, QByteArray("note\r\n\"\"\r\nb\r\n"));
        QCOMPARE(fieldsOf(readCsv(column)), (Rows{{""}, {"b"}}));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("invalid delimiter or line end"));
        QCOMPARE(toCsvRecord({"a"}, u'"'), QByteArray());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("invalid delimiter or line end"));
        QCOMPARE(toCsvRecord({"a"}, u',', "\r\n\r\n"), QByteArray());
    }

    void writerBomAndErrors()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer);
        writer.writeBom();
        QVERIFY(writer.writeRecord({"a", "b"}));
        QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF"
                                   "a,b\r\n"));
        writer.writeBom();
        QCOMPARE(writer.errorString(),
                 QStringLiteral("the byte order mark must be written before the first record"));
        QCOMPARE(bytes.size(), 8);

        CsvWriter noDevice(nullptr);
        QVERIFY(!noDevice.writeRecord({"a"}));
        QCOMPARE(noDevice.errorString(), QStringLiteral("no output device"));
        QBuffer readOnly(&bytes);
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        CsvWriter notWritable(&readOnly);
        QVERIFY(!notWritable.writeRecord({"a"}));
        QCOMPARE(notWritable.errorString(),
                 QStringLiteral("output device is not open for writing"));
        QBuffer closed;
        CsvWriter closedWriter(&closed);
        closedWriter.writeBom();
        QCOMPARE(closedWriter.errorString(),
                 QStringLiteral("output device is not open for writing"));

        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        CsvWriter quoteDelimiter(&out, u'"');
        QVERIFY(!quoteDelimiter.writeRecord({"a"}));
        QCOMPARE(quoteDelimiter.errorString(),
                 QStringLiteral("unsupported delimiter U+0022; use an ASCII character other than "
                                "a quote or line break"));
        CsvWriter badLineEnd(&out, u',', "\n\n");
        QVERIFY(!badLineEnd.writeRecord({"a"}));
        QCOMPARE(badLineEnd.errorString(),
                 QStringLiteral("unsupported line end; use CRLF, LF or CR"));
        QCOMPARE(out.data(), QByteArray());
    }

    // Every case states the whole result: header, rows, their first lines and all issues.
    void parse_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<Lines>("lines");
        QTest::addColumn<QStringList>("issues");
        const QStringList h{"h1", "h2"};
        const Rows r1234{{"1", "2"}, {"3", "4"}};

        QTest::newRow("lf") << QByteArray("h1,h2\n1,2\n3,4\n") << h << r1234 << Lines{2, 3}
                            << QStringList();
        QTest::newRow("crlf") << QByteArray("h1,h2\r\n1,2\r\n3,4\r\n") << h << r1234 << Lines{2, 3}
                              << QStringList();
        QTest::newRow("lone cr") << QByteArray("h1,h2\r1,2\r3,4\r") << h << r1234 << Lines{2, 3}
                                 << QStringList();
        QTest::newRow("mixed, no final break")
            << QByteArray("h1,h2\r\n1,2\r3,4") << h << r1234 << Lines{2, 3} << QStringList();
        QTest::newRow("utf-8 bom stripped") << QByteArray("\xEF\xBB\xBFh1,h2\r\n1,2\r\n3,4") << h
                                            << r1234 << Lines{2, 3} << QStringList();
        QTest::newRow("blank lines") << QByteArray("\n\nh1,h2\n\n1,2\r\n\r\n\r3,4\n\n") << h
                                     << r1234 << Lines{5, 8} << QStringList();
        QTest::newRow("quoted newlines")
            << QByteArray("h1,h2\n\"a\nb\nc\",x\n1,2\r\n\"p\r\nq\rr\",y\r3,\"\"\"\"\n") << h
            << Rows{{"a\nb\nc", "x"}, {"1", "2"}, {"p\r\nq\rr", "y"}, {"3", "\""}}
            << Lines{2, 5, 6, 9} << QStringList();
        QTest::newRow("header only") << QByteArray("a,b,c\r\n") << QStringList{"a", "b", "c"}
                                     << Rows() << Lines() << QStringList();
        QTest::newRow("header only, no break")
            << QByteArray("a,b") << QStringList{"a", "b"} << Rows() << Lines() << QStringList();
        QTest::newRow("empty file")
            << QByteArray() << QStringList() << Rows() << Lines() << QStringList();
        QTest::newRow("bom and blank line only") << QByteArray("\xEF\xBB\xBF\r\n") << QStringList()
                                                 << Rows() << Lines() << QStringList();
        QTest::newRow("trailing delimiters")
            << QByteArray("a,b,\n1,,\n2,\"\",") << QStringList{"a", "b", ""}
            << Rows{{"1", "", ""}, {"2", "", ""}} << Lines{2, 3} << QStringList();

        QTest::newRow("stray quote")
            << QByteArray("h1,h2\n1,2\nab\"c,d\"\"e\n3,4\n") << h
            << Rows{{"1", "2"}, {"ab\"c", "d\"\"e"}, {"3", "4"}} << Lines{2, 3, 4}
            << QStringList{"line 3: field 1: stray quote in unquoted field",
                           "line 3: field 2: stray quote in unquoted field"};
        // The second record starts on line 3; its extra text follows a quote closed on line 4.
        QTest::newRow("text after closing quote")
            << QByteArray("h1,h2\n\"ab\"c,d\n\"x\ny\"z\"w,e\n") << h
            << Rows{{"abc", "d"}, {"x\nyz\"w", "e"}} << Lines{2, 3}
            << QStringList{"line 2: field 1: text after closing quote",
                           "line 4: field 1: text after closing quote"};
        QTest::newRow("unterminated quote")
            << QByteArray("h1,h2\n1,2\n3,\"abc\n\ndef\n") << h
            << Rows{{"1", "2"}, {"3", "abc\n\ndef\n"}} << Lines{2, 3}
            << QStringList{
                   "line 3: field 2: quoted field is not closed before the end of the file"};
        QTest::newRow("wrong field count")
            << QByteArray("a,b,c,d,e,f,g\n1,2,3,4,5,6,7\n\n\"multi\nline\",2,3,4,5,6,7\n"
                          "1,2,3,4,5\n1,2,3,4,5,6,7,8\n")
            << QStringList{"a", "b", "c", "d", "e", "f", "g"}
            << Rows{{"1", "2", "3", "4", "5", "6", "7"},
                    {"multi\nline", "2", "3", "4", "5", "6", "7"},
                    {"1", "2", "3", "4", "5"},
                    {"1", "2", "3", "4", "5", "6", "7", "8"}}
            << Lines{2, 4, 6, 7}
            << QStringList{"line 6: 5 fields, expected 7", "line 7: 8 fields, expected 7"};
        // Qt's decoder turns each byte of a bad sequence into U+FFFD; one issue per record.
        QTest::newRow("invalid utf-8")
            << QByteArray("h1,h2\n1,ok\n2,a\xFF\xFE"
                          "b\n\xC3(,\xE2\x82\n\xC0\xAF,x\n5,Müde\n")
            << h
            << Rows{{"1", "ok"},
                    {"2", "a" + kFffd + kFffd + "b"},
                    {kFffd + "(", kFffd + kFffd},
                    {kFffd + kFffd, "x"},
                    {"5", "Müde"}}
            << Lines{2, 3, 4, 5, 6}
            << QStringList{utf8Issue(3, 2, "FF"), utf8Issue(4, 1, "C3"), utf8Issue(5, 1, "C0")};
        QTest::newRow("invalid utf-8 after quoted newlines")
            << QByteArray("h1,h2\n1,\"a\r\nb\rc \x80 d\"\n2,\xF0\x9F\x98\xB4\n") << h
            << Rows{{"1", "a\r\nb\rc " + kFffd + " d"}, {"2", "😴"}} << Lines{2, 5}
            << QStringList{utf8Issue(4, 2, "80")};
        QTest::newRow("invalid utf-8 surrogate in header")
            << QByteArray("h1,\xED\xA0\x80\n1,2\n") << QStringList{"h1", kFffd + kFffd + kFffd}
            << Rows{{"1", "2"}} << Lines{2} << QStringList{utf8Issue(1, 2, "ED")};

        const QString bomIssue =
            QStringLiteral("line 1: file is encoded as %1 (byte order mark); only UTF-8 is "
                           "supported, save it as \"CSV UTF-8\" and import it again");
        QTest::newRow("utf-16 le") << QByteArray("\xFF\xFEh\0,\0x\0", 8) << QStringList() << Rows()
                                   << Lines() << QStringList{bomIssue.arg("UTF-16 LE")};
        QTest::newRow("utf-16 be") << QByteArray("\xFE\xFF\0h\0,\0x", 8) << QStringList() << Rows()
                                   << Lines() << QStringList{bomIssue.arg("UTF-16 BE")};
        QTest::newRow("utf-32 le") << QByteArray("\xFF\xFE\0\0h\0\0\0", 8) << QStringList()
                                   << Rows() << Lines() << QStringList{bomIssue.arg("UTF-32 LE")};
        QTest::newRow("utf-32 be") << QByteArray("\0\0\xFE\xFF\0\0\0h", 8) << QStringList()
                                   << Rows() << Lines() << QStringList{bomIssue.arg("UTF-32 BE")};
    }

    void parse()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, header);
        QFETCH(Rows, rows);
        QFETCH(Lines, lines);
        QFETCH(QStringList, issues);
        const CsvTable table = readCsv(data);
        QCOMPARE(issuesOf(table), issues);
        QCOMPARE(table.header, header);
        QCOMPARE(fieldsOf(table), rows);
        QCOMPARE(linesOf(table), lines);
        QCOMPARE(table.hadBom, data.startsWith("\xEF\xBB\xBF"));
    }

    void delimiterDetection_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QStringList>("row");
        QTest::newRow("semicolon")
            << QByteArray("Datum;Symptom;Notiz\n2024-01-01;Müdigkeit;\"a, b\"\n") << QChar(u';')
            << QStringList{"2024-01-01", "Müdigkeit", "a, b"};
        QTest::newRow("tab") << QByteArray("date\tnote, long\tscore\n2024\ta;b, c\t3\n")
                             << QChar(u'\t') << QStringList{"2024", "a;b, c", "3"};
        QTest::newRow("comma") << QByteArray("date,note;x,score\n1,2,3\n") << QChar(u',')
                               << QStringList{"1", "2", "3"};
        QTest::newRow("quoted header commas ignored")
            << QByteArray("\"a,b,c\";d;e\n1;2;3\n") << QChar(u';') << QStringList{"1", "2", "3"};
        QTest::newRow("single column")
            << QByteArray("note\nhello\n") << QChar(u',') << QStringList{"hello"};
        QTest::newRow("empty file") << QByteArray() << QChar(u',') << QStringList();
    }

    void delimiterDetection()
    {
        QFETCH(QByteArray, data);
        QFETCH(QChar, delimiter);
        QFETCH(QStringList, row);
        const CsvTable table = readCsv(data);
        QCOMPARE(issuesOf(table), QStringList());
        QCOMPARE(table.delimiter, delimiter);
        QCOMPARE(fieldsOf(table), row.isEmpty() ? Rows() : Rows{row});
    }

    void options()
    {
        CsvReadOptions pipe;
        pipe.delimiter = u'|';
        const CsvTable piped = readCsv("a|b,c\n1|2;3\n", pipe);
        QCOMPARE(issuesOf(piped), QStringList());
        QCOMPARE(piped.delimiter, QChar(u'|'));
        QCOMPARE(piped.header, (QStringList{"a", "b,c"}));
        QCOMPARE(fieldsOf(piped), (Rows{{"1", "2;3"}}));

        CsvReadOptions quote;
        quote.delimiter = u'"';
        QCOMPARE(issuesOf(readCsv("a,b\n", quote)),
                 QStringList{"unsupported delimiter U+0022; use an ASCII character other than a "
                             "quote or line break"});

        CsvReadOptions noHeader;
        noHeader.firstRowIsHeader = false;
        const CsvTable rows = readCsv("1;2;3\n4;5;6\n7;8\n", noHeader);
        QVERIFY(rows.header.isEmpty());
        QCOMPARE(fieldsOf(rows), (Rows{{"1", "2", "3"}, {"4", "5", "6"}, {"7", "8"}}));
        QCOMPARE(issuesOf(rows), QStringList{"line 3: 2 fields, expected 3"});

        CsvReadOptions small;
        small.maxBytes = 11;
        const CsvTable tooBig = readCsv("a,b\n1,2\n3,45", small); // 12 bytes
        QCOMPARE(tooBig.issues.size(), 1);
        QCOMPARE(tooBig.issues[0].line, 0);
        QCOMPARE(tooBig.issues[0].toString(),
                 QStringLiteral("file is 12 bytes, larger than the limit of 11 bytes"));
        QVERIFY(tooBig.header.isEmpty());
        QVERIFY(tooBig.rows.isEmpty());
        const CsvTable atLimit = readCsv("a,b\n1,2\n3,4", small); // 11 bytes
        QCOMPARE(issuesOf(atLimit), QStringList());
        QCOMPARE(atLimit.rows.size(), 2);
    }

    void issueFieldsAndCap()
    {
        const CsvTable one = readCsv("a,b\n1,2,3\n");
        QCOMPARE(one.issues.size(), 1);
        QCOMPARE(one.issues[0].line, 2);
        QCOMPARE(one.issues[0].message, QStringLiteral("3 fields, expected 2"));

        QByteArray data("h\n");
        for (int i = 0; i < 1500; ++i)
            data += "a\"b\n";
        const CsvTable table = readCsv(data);
        QCOMPARE(table.rows.size(), 1500);
        // The first problems are listed, the rest counted: a file bad on every line stays small.
        QCOMPARE(table.issues.size(), kMaxListedCsvIssues);
        QCOMPARE(table.issues.last().toString(),
                 QStringLiteral("line %1: field 1: stray quote in unquoted field")
                     .arg(kMaxListedCsvIssues + 1));
        QCOMPARE(table.unlistedIssues, qint64(1500 - kMaxListedCsvIssues));
    }

    void streamRereadsWithoutRepeatingProblems()
    {
        CsvStream rows("a,b\n1,2\n3\n\n5,\"6\"x\n7,8\n");
        QCOMPARE(rows.header(), (QStringList{"a", "b"}));
        CsvRecord record;
        QVERIFY(rows.next(record));
        QCOMPARE(record.fields, (QStringList{"1", "2"}));
        const CsvStream::Position third = rows.position();
        QVERIFY(rows.next(record));
        QCOMPARE(record.line, 3);
        QCOMPARE(rows.issues().size(), 1); // the short row, met once so far

        int read = 2;
        while (rows.next(record))
            ++read;
        QCOMPARE(read, 4);
        const QStringList once{QStringLiteral("line 3: 1 fields, expected 2"),
                               QStringLiteral("line 5: field 2: text after closing quote")};
        auto listed = [&] {
            QStringList out;
            for (const CsvIssue &issue : rows.issues())
                out << issue.toString();
            return out;
        };
        QCOMPARE(listed(), once);

        // Read again from the start and from a kept position: the same records, no new problems.
        rows.rewind();
        QVERIFY(rows.next(record));
        QCOMPARE(record.line, 2);
        rows.seek(third);
        QVERIFY(rows.next(record));
        QCOMPARE(record.line, 3);
        QCOMPARE(record.fields, QStringList{"3"});
        while (rows.next(record)) {
        }
        QCOMPARE(record.line, 6);
        QCOMPARE(listed(), once);
    }

    void streamLeavesCrlfInFieldsOrTurnsItToLf()
    {
        const QByteArray data("n\r\n\"two\r\nlines\"\r\n");
        CsvRecord record;
        CsvStream kept(data);
        QVERIFY(kept.next(record));
        QCOMPARE(record.fields[0], QStringLiteral("two\r\nlines"));
        CsvReadOptions lf;
        lf.crlfInFieldsAsLf = true;
        CsvStream turned(data, lf);
        QVERIFY(turned.next(record));
        QCOMPARE(record.fields[0], QStringLiteral("two\nlines"));
    }

    void parsesTenMegabytes()
    {
        const QByteArray row = QStringLiteral("2024-05-17,\"pain, fatigue\",\"slept \"\"badly\"\"\n"
                                              "woke at 4\",7,Müdigkeit 😴,plain text note\r\n")
                                   .toUtf8();
        QByteArray data("date,symptoms,note,score,other,extra\r\n");
        const int rows = int(10 * 1024 * 1024 / row.size()) + 1;
        data.reserve(data.size() + rows * row.size());
        for (int i = 0; i < rows; ++i)
            data += row;
        QVERIFY(data.size() > 10 * 1024 * 1024);

        // Speed is measured by the bench target; here only correctness at size.
        const CsvTable table = readCsv(data);
        QCOMPARE(issuesOf(table), QStringList());
        QCOMPARE(table.rows.size(), rows);
        QCOMPARE(table.rows.last().line, 2 + 2 * (rows - 1));
        QCOMPARE(table.rows.last().fields[2], QStringLiteral("slept \"badly\"\nwoke at 4"));
        QCOMPARE(table.rows.last().fields[4], QStringLiteral("Müdigkeit 😴"));
    }
};

FC_CORE_TEST_MAIN(TstCsv)
#include "tst_csv.moc"
