#include "appfixture.h"
#include "testsupport.h"
#include "ui/appcontext.h"
#include "ui/mainwindow.h"
#include "ui/readersection.h"
#include "uitestmain.h"

#include <QPrinter>
#include <QSignalSpy>
#include <QStatusBar>

using namespace fc;

class TstPrintArticle : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_app.start()); }
    void cleanup() { m_app.stop(); }

    // "Print to file" in the print dialog hands printArticle() a PDF printer: the same call the
    // Print command makes once the dialog is accepted.
    void printsTheOpenArticleToAPdfFileWithItsText()
    {
        AppContext &context = *m_app.context;
        test::TempDataDir &dir = *m_app.dir;
        MainWindow window(&context);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString slug = QStringLiteral("low-dose-naltrexone");
        QSignalSpy loaded(window.reader(), &ReaderSection::articleLoaded);
        window.openArticle(slug);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(loaded.begin(), loaded.end(),
                        [&](const QList<QVariant> &args) { return args.first() == slug; }),
            30000);

        const QString pdfPath = dir.filePath(QStringLiteral("printed article.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdfPath);
        // What the reader chose in the dialog: small paper, the first page only.
        printer.setPageSize(QPageSize(QPageSize::A5));
        QPageRanges firstPage;
        firstPage.addPage(1);
        printer.setPageRanges(firstPage);
        QSignalSpy printed(window.reader(), &ReaderSection::articlePrinted);
        window.reader()->printArticle(&printer);
        QVERIFY(printed.wait(30000));
        QCOMPARE(printed.first().first().toBool(), true);
        QVERIFY2(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(pdfPath)),
                 qPrintable(window.statusBar()->currentMessage()));

        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.size() > 1000);
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        QString text;
        QVERIFY2(
            test::runPoppler(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")}, &text),
            qPrintable(text));
        // The title is real text, wherever the page broke its lines.
        const QString title = context.library().find(slug)->title;
        QVERIFY2(text.simplified().contains(title), qPrintable(text.left(400)));
        QString info;
        QVERIFY2(test::runPoppler(QStringLiteral("pdfinfo"), {pdfPath}, &info), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))),
                 qPrintable(info));
        // A5 is 419.5 x 595.3 points; Chromium rounds to whole pixels.
        const QRegularExpressionMatch size =
            QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"))
                .match(info);
        QVERIFY2(size.hasMatch(), qPrintable(info));
        QVERIFY2(qAbs(size.captured(1).toDouble() - 419.5) < 2 &&
                     qAbs(size.captured(2).toDouble() - 595.3) < 2,
                 qPrintable(info));
    }

private:
    test::AppFixture m_app;
};

FC_UI_TEST_MAIN(TstPrintArticle)
#include "tst_printarticle.moc"
