#include "articles/articlelibrary.h"
#include "export/notesdocument.h"
#include "testsuites.h"

#include <QtTest>

using namespace fc;

class TstNotesDocument : public QObject
{
    Q_OBJECT
private slots:
    void titleLineNamesPatientRangeAndTag()
    {
        Note n;
        n.id = 1;
        n.title = QStringLiteral("Ask <about> sleep");
        n.body = QStringLiteral("- wakes at 3\n\n<script>alert(1)</script>");
        n.tags = {QStringLiteral("Questions for my doctor"), QStringLiteral("sleep")};
        n.quote = QStringLiteral("A passage");
        n.articleSlug = QStringLiteral("unknown-article");
        n.createdAt = QDateTime(QDate(2024, 3, 5), QTime(9, 30, 12), Qt::UTC);
        NotesDocumentOptions options;
        options.patientName = QStringLiteral("  Ana Silva ");
        options.from = QDate(2024, 1, 1);
        options.to = QDate(2024, 3, 31);
        options.tag = QStringLiteral("Questions for my doctor");
        const QString html = NotesDocument::build({n}, nullptr, options);
        const QLocale locale;
        QVERIFY(html.contains(QStringLiteral("Ana Silva · %1 – %2")
                                  .arg(locale.toString(options.from, QLocale::LongFormat),
                                       locale.toString(options.to, QLocale::LongFormat))));
        QVERIFY(html.contains(QStringLiteral("tagged “Questions for my doctor” · 1 note<")));
        QVERIFY(html.contains(QStringLiteral("Ask &lt;about&gt; sleep")));
        QVERIFY(html.contains(QStringLiteral("Questions for my doctor, sleep")));
        QVERIFY(html.contains(QStringLiteral("<li>wakes at 3</li>")));
        QVERIFY(!html.contains(QStringLiteral("<script>alert")));
        // An article the library does not know is still named by its slug.
        QVERIFY(html.contains(QStringLiteral("— from “unknown-article”")));
        QVERIFY(!NotesDocument::shortDateTime(n.createdAt).contains(QStringLiteral(":12")));
    }

    void emptySelectionSaysSo()
    {
        const QString html = NotesDocument::build({}, nullptr, {});
        QVERIFY(html.contains(QStringLiteral("No notes match this selection.")));
        QVERIFY(html.contains(QStringLiteral("0 notes")));
    }
};

FC_CORE_TEST_MAIN(TstNotesDocument)
#include "tst_notesdocument.moc"
