#include "export/pdfpagenumbers.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace fc;

namespace {

QByteArray threePagePdf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    for (int page = 1; page <= 3; ++page) {
        if (page > 1)
            writer.newPage();
        painter.drawText(QPointF(200, 400), QStringLiteral("Body of page %1").arg(page));
    }
    painter.end();
    return buffer.data();
}

} // namespace

class TstPdfPageNumbers : public QObject
{
    Q_OBJECT
private slots:
    void stampsEveryPageAsAnIncrementalUpdate()
    {
        const QByteArray pdf = threePagePdf();
        QCOMPARE(PdfPageNumbers::pageCount(pdf), 3);
        QString error;
        const QByteArray out = PdfPageNumbers::stamp(pdf, QStringLiteral("Page %1 of %2"), &error);
        QVERIFY2(!out.isEmpty(), qPrintable(error));
        QVERIFY(out.startsWith(pdf)); // the original bytes stay as they were
        QCOMPARE(PdfPageNumbers::pageCount(out), 3);
        for (int i = 1; i <= 3; ++i)
            QVERIFY(out.contains(QStringLiteral("(Page %1 of 3) Tj").arg(i).toLatin1()));
        QVERIFY(out.contains("/Prev "));

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        // The test command installs poppler-utils (scripts/debian-packages.txt).
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext not found; install poppler-utils");
        test::TempDataDir dir;
        QFile file(dir.filePath(QStringLiteral("numbered.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(out);
        file.close();
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-layout"), file.fileName(), QStringLiteral("-")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QLatin1String("Body of page 2")), qPrintable(text));
        for (int i = 1; i <= 3; ++i)
            QVERIFY2(text.contains(QStringLiteral("Page %1 of 3").arg(i)), qPrintable(text));
        QVERIFY(!p.readAllStandardError().contains("Error"));
    }

    void escapesTextAndRefusesWhatItCannotRead()
    {
        QString error;
        const QByteArray out =
            PdfPageNumbers::stamp(threePagePdf(), QStringLiteral("(%1) \\ %2"), &error);
        QVERIFY(out.contains("(\\(1\\) \\\\ 3) Tj"));
        QVERIFY(PdfPageNumbers::stamp("not a pdf", QStringLiteral("%1"), &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("Cannot add page numbers")), qPrintable(error));
        QByteArray truncated = threePagePdf();
        truncated.chop(40);
        QVERIFY(PdfPageNumbers::stamp(truncated, QStringLiteral("%1"), &error).isEmpty());
        QCOMPARE(PdfPageNumbers::pageCount("garbage"), -1);
    }
};

// QPdfWriter draws text, which needs a QGuiApplication (offscreen is fine).
// Drawing the test PDFs with QPdfWriter needs a QGuiApplication.
FC_TEST_SUITE_MAIN(QGuiApplication, TstPdfPageNumbers)
#include "tst_pdfpagenumbers.moc"
