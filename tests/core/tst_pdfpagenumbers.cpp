#define POINTERHOLDER_TRANSITION 4
#include "export/pdfpagenumbers.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QtTest>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

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

// A PDF written object by object, with a classic cross-reference table: for the page-tree
// layouts Chromium does not write but other tools do.
QByteArray pdfFromObjects(const QList<QByteArray> &objects)
{
    QByteArray out("%PDF-1.4\n");
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray stream(const QByteArray &content)
{
    return "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
           "\nendstream";
}

// Two pages that take their size, rotation and font from the page tree, not from themselves.
// The second is cropped.
QByteArray inheritedPdf(int rotate)
{
    return pdfFromObjects(
        {"<< /Type /Catalog /Pages 2 0 R >>",
         "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /MediaBox [0 0 612 792] /Rotate " +
             QByteArray::number(rotate) + " /Resources << /Font << /F1 5 0 R >> >> >>",
         "<< /Type /Page /Parent 2 0 R /Contents 6 0 R >>",
         "<< /Type /Page /Parent 2 0 R /Contents 7 0 R /CropBox [50 100 562 692] >>",
         "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
         stream("BT /F1 14 Tf 100 500 Td (Inherited one) Tj ET"),
         stream("1 0 0 1 50 0 cm BT /F1 14 Tf 100 500 Td (Inherited two) Tj ET")});
}

// The same document rewritten with object streams and a cross-reference stream.
QByteArray withObjectStreams(const QByteArray &pdf)
{
    QPDF file;
    file.setSuppressWarnings(true);
    file.processMemoryFile("test", pdf.constData(), size_t(pdf.size()));
    QPDFWriter writer(file);
    writer.setOutputMemory();
    writer.setObjectStreamMode(qpdf_o_generate);
    writer.write();
    const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
}

struct Word
{
    QString text;
    double xMin, yMin, xMax, yMax;
};

struct ShownPage
{
    double width = 0, height = 0;
    QVector<Word> words;
    QString text() const
    {
        QStringList all;
        for (const Word &w : words)
            all << w.text;
        return all.join(QLatin1Char(' '));
    }
};

// The pages as a reader shows them, word by word, from poppler: cropped, and with the words
// where they are shown on a rotated page (whose size poppler gives unrotated, so quarter turns
// swap it here).
QVector<ShownPage> shownPages(const QByteArray &pdf, int rotate = 0)
{
    test::TempDataDir dir;
    QFile file(dir.filePath(QStringLiteral("numbered.pdf")));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(pdf);
    file.close();
    QString html;
    if (!test::runPoppler(QStringLiteral("pdftotext"),
                          {QStringLiteral("-bbox"), QStringLiteral("-cropbox"), file.fileName(),
                           QStringLiteral("-")},
                          &html)) {
        qWarning("%s", qPrintable(html));
        return {};
    }
    static const QRegularExpression tag(QStringLiteral(
        R"re(<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    QVector<ShownPage> pages;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(1).isEmpty()) {
            const bool quarter = ((rotate % 360) + 360) % 180 == 90;
            const double width = m.captured(1).toDouble(), height = m.captured(2).toDouble();
            pages.append({quarter ? height : width, quarter ? width : height, {}});
        } else if (!pages.isEmpty()) {
            pages.last().words.append({m.captured(7), m.captured(3).toDouble(),
                                       m.captured(4).toDouble(), m.captured(5).toDouble(),
                                       m.captured(6).toDouble()});
        }
    }
    return pages;
}

// The footer's words: upright, on one line near the bottom of the page as shown, centred.
bool footerAtBottomCentre(const ShownPage &page, const QString &footer, QString *why)
{
    QVector<Word> words;
    for (const Word &w : page.words)
        if (footer.split(QLatin1Char(' ')).contains(w.text))
            words << w;
    const QStringList expected = footer.split(QLatin1Char(' '));
    if (words.size() < expected.size()) {
        *why = QStringLiteral("footer \"%1\" not found in \"%2\"").arg(footer, page.text());
        return false;
    }
    words = words.mid(words.size() - expected.size());
    const double left = words.first().xMin, right = words.last().xMax;
    const double top = words.first().yMin, bottom = words.first().yMax;
    for (const Word &w : words) {
        if (std::abs(w.yMin - top) > 1 || w.xMax - w.xMin <= 0) {
            *why = QStringLiteral("footer words not on one upright line");
            return false;
        }
    }
    const double fromBottom = page.height - bottom;
    const double centreOffset = (left + right) / 2 - page.width / 2;
    if (fromBottom < 10 || fromBottom > 40 || std::abs(centreOffset) > 3) {
        *why = QStringLiteral("footer at %1 pt from the bottom, %2 pt off centre on a %3 x %4 page")
                   .arg(fromBottom)
                   .arg(centreOffset)
                   .arg(page.width)
                   .arg(page.height);
        return false;
    }
    return true;
}

} // namespace

class TstPdfPageNumbers : public QObject
{
    Q_OBJECT
private slots:
    void stampsEveryPage()
    {
        const QByteArray pdf = threePagePdf();
        QCOMPARE(PdfPageNumbers::pageCount(pdf), 3);
        const Expected<QByteArray> stamped =
            PdfPageNumbers::stamp(pdf, QStringLiteral("Page %1 of %2"));
        FC_VERIFY_OK(stamped);
        const QByteArray out = *stamped;
        QCOMPARE(PdfPageNumbers::pageCount(out), 3);
        const QVector<ShownPage> pages = shownPages(out);
        QCOMPARE(pages.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(pages[i].text().contains(QStringLiteral("Body of page %1").arg(i + 1)),
                     qPrintable(pages[i].text()));
            QString why;
            QVERIFY2(
                footerAtBottomCentre(pages[i], QStringLiteral("Page %1 of 3").arg(i + 1), &why),
                qPrintable(why));
        }
    }

    // What the hand-written editor refused or got wrong: object and cross-reference streams,
    // boxes, rotation and fonts inherited from the page tree, a crop box, rotated pages.
    void layoutsOtherWritersUse_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("rotate");
        QTest::newRow("object streams") << withObjectStreams(threePagePdf()) << "Body" << 0;
        QTest::newRow("inherited, cropped") << inheritedPdf(0) << "Inherited" << 0;
        QTest::newRow("inherited, rotated 90") << inheritedPdf(90) << "Inherited" << 90;
        QTest::newRow("rotated 270, object streams")
            << withObjectStreams(inheritedPdf(270)) << "Inherited" << 270;
        QTest::newRow("rotated -180") << inheritedPdf(-180) << "Inherited" << -180;
        QTest::newRow("rotated -90") << inheritedPdf(-90) << "Inherited" << -90;
    }

    void layoutsOtherWritersUse()
    {
        QFETCH(QByteArray, pdf);
        QFETCH(QString, body);
        QFETCH(int, rotate);
        const int count = PdfPageNumbers::pageCount(pdf);
        QVERIFY(count > 0);
        const Expected<QByteArray> stamped =
            PdfPageNumbers::stamp(pdf, QStringLiteral("Page %1 of %2"));
        FC_VERIFY_OK(stamped);
        const QByteArray out = *stamped;
        const QVector<ShownPage> before = shownPages(pdf, rotate);
        const QVector<ShownPage> pages = shownPages(out, rotate);
        QCOMPARE(pages.size(), count);
        for (int i = 0; i < count; ++i) {
            // The page keeps its size, its text and where its text is.
            QCOMPARE(pages[i].width, before[i].width);
            QCOMPARE(pages[i].height, before[i].height);
            auto bodyWord = [&body](const ShownPage &page) {
                for (const Word &w : page.words)
                    if (w.text == body)
                        return w;
                return Word{};
            };
            QVERIFY2(!bodyWord(pages[i]).text.isEmpty(), qPrintable(pages[i].text()));
            QCOMPARE(bodyWord(pages[i]).xMin, bodyWord(before[i]).xMin);
            QCOMPARE(bodyWord(pages[i]).yMin, bodyWord(before[i]).yMin);
            QString why;
            QVERIFY2(footerAtBottomCentre(
                         pages[i], QStringLiteral("Page %1 of %2").arg(i + 1).arg(count), &why),
                     qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(why)));
        }
    }

    // The footer is translated text and may hold the patient's name in any script.
    void drawsAnyScript()
    {
        const QString format = QStringLiteral("Ольга Παπαδοπούλου · Страница %1 из %2");
        const Expected<QByteArray> stamped = PdfPageNumbers::stamp(threePagePdf(), format);
        FC_VERIFY_OK(stamped);
        const QByteArray out = *stamped;
        const QVector<ShownPage> pages = shownPages(out);
        QCOMPARE(pages.size(), 3);
        QString why;
        QVERIFY2(footerAtBottomCentre(pages[1], format.arg(2).arg(3), &why), qPrintable(why));
    }

    void refusesWhatItCannotRead()
    {
        QString error;
        QVERIFY(test::fails(PdfPageNumbers::stamp("not a pdf", QStringLiteral("%1")), &error));
        QVERIFY2(error.startsWith(QLatin1String("Cannot add page numbers: ")), qPrintable(error));
        QVERIFY(error.size() < 400);
        QCOMPARE(PdfPageNumbers::pageCount("garbage"), -1);

        // No pages at all.
        const QByteArray empty = pdfFromObjects(
            {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"});
        QVERIFY(test::fails(PdfPageNumbers::stamp(empty, QStringLiteral("%1")), &error));
        QVERIFY2(error.contains(QLatin1String("no pages")), qPrintable(error));

        // A page larger than PDF allows.
        const QByteArray huge = pdfFromObjects(
            {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
             "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 99999999 792] /Contents 4 0 R >>",
             stream("")});
        QVERIFY(test::fails(PdfPageNumbers::stamp(huge, QStringLiteral("%1")), &error));
        QVERIFY2(error.contains(QLatin1String("page 1 is")), qPrintable(error));

        // A file cut short is repaired or refused, never half-stamped.
        QByteArray truncated = threePagePdf();
        truncated.chop(40);
        const Expected<QByteArray> out = PdfPageNumbers::stamp(truncated, QStringLiteral("%1"));
        QVERIFY(!out || PdfPageNumbers::pageCount(*out) == 3);
    }
};

// Drawing the footers and the test PDFs with QPdfWriter needs a QGuiApplication.
FC_TEST_SUITE_MAIN(QGuiApplication, TstPdfPageNumbers)
#include "tst_pdfpagenumbers.moc"
