#include "appfixture.h"
#include "core/htmlpage.h"
#include "export/pdfpagenumbers.h"
#include "testsupport.h"
#include "ui/appcontext.h"
#include "ui/pdfprinter.h"
#include "uitestmain.h"

#include <QFile>
#include <QSignalSpy>

using namespace fc;

namespace {

// A document of `paragraphs` long paragraphs, each naming the document.
QString document(const QString &name, int paragraphs)
{
    QString body;
    for (int i = 0; i < paragraphs; ++i)
        body +=
            QStringLiteral("<p>%1 %2: %3</p>")
                .arg(name)
                .arg(i)
                .arg(QStringLiteral("Several words that fill a line of the page. ").repeated(8));
    HtmlPage page;
    page.title = name;
    page.bodyHtml = body;
    return page.toHtml();
}

} // namespace

// The visit report is printed in full first and more briefly while it takes more pages than a
// visit allows: the printer keeps the first document that fits, or else the shortest.
class TstPdfPrinter : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_app.start()); }
    void cleanup() { m_app.stop(); }

    void keepsTheFirstDocumentThatFits_data()
    {
        QTest::addColumn<QStringList>("documents");
        QTest::addColumn<QString>("kept");
        QTest::addColumn<int>("pages");
        const QString longest = document(QStringLiteral("Longest"), 60);
        const QString longer = document(QStringLiteral("Longer"), 40);
        const QString brief = document(QStringLiteral("Brief"), 4);
        const QString briefer = document(QStringLiteral("Briefer"), 1);
        QTest::newRow("the full one fits") << QStringList{brief, briefer} << "Brief" << 1;
        QTest::newRow("the second fits") << QStringList{longer, brief, briefer} << "Brief" << 1;
        QTest::newRow("none fits: the shortest") << QStringList{longest, longer} << "Longer" << -1;
        QTest::newRow("one document, whatever its length") << QStringList{longer} << "Longer" << -1;
    }

    void keepsTheFirstDocumentThatFits()
    {
        QFETCH(QStringList, documents);
        QFETCH(QString, kept);
        QFETCH(int, pages);
        const QString path = m_app.dir->filePath(QStringLiteral("fitted.pdf"));
        PdfPrinter printer(m_app.context.get());
        printer.setPageNumberFormat(QStringLiteral("Page %1 of %2"));
        QSignalSpy finished(&printer, &PdfPrinter::finished);
        printer.printFitting(documents, 2, path);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        const int printed = PdfPageNumbers::pageCount(pdf);
        if (pages > 0)
            QCOMPARE(printed, pages);
        else
            QVERIFY2(printed > 2, qPrintable(QString::number(printed)));
        QString text;
        QVERIFY2(test::runPoppler(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}, &text),
                 qPrintable(text));
        QVERIFY2(text.contains(kept + QStringLiteral(" 0:")), qPrintable(text.left(300)));
        // Numbered after the choice: "of N" counts the pages of the document kept.
        QVERIFY2(text.contains(QStringLiteral("Page 1 of %1").arg(printed)),
                 qPrintable(text.right(300)));
    }

    void nothingToPrintIsSaid()
    {
        PdfPrinter printer(m_app.context.get());
        QSignalSpy finished(&printer, &PdfPrinter::finished);
        printer.printFitting({}, 2, m_app.dir->filePath(QStringLiteral("none.pdf")));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!QFile::exists(m_app.dir->filePath(QStringLiteral("none.pdf"))));
    }

private:
    test::AppFixture m_app;
};

FC_UI_TEST_MAIN(TstPdfPrinter)
#include "tst_pdfprinter.moc"
