#include "export/pdfpagenumbers.h"

#include <QMap>
#include <QRegularExpression>
#include <QVector>

namespace fc {

namespace {

// Helvetica advance widths (1/1000 em) for ASCII 32-126, from the standard AFM.
const short helveticaWidths[95] = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333,  278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,  611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278,  556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,  500, 334, 260, 334, 584};

double textWidth(const QByteArray &latin1, double size)
{
    double units = 0;
    for (char c : latin1) {
        const int code = static_cast<unsigned char>(c);
        units += code >= 32 && code <= 126 ? helveticaWidths[code - 32] : 556;
    }
    return units * size / 1000.0;
}

QByteArray pdfString(const QString &text)
{
    QByteArray out;
    for (char c : text.toLatin1()) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

class PdfFile
{
public:
    explicit PdfFile(const QByteArray &data)
        : m_data(data)
    {}

    bool parse(QString *error)
    {
        static const QRegularExpression startXref(
            QStringLiteral("startxref\\s+(\\d+)\\s*%%EOF\\s*$"));
        const QRegularExpressionMatch m = startXref.match(QString::fromLatin1(m_data.right(64)));
        if (!m.hasMatch())
            return fail(error, QStringLiteral("no startxref at the end"));
        m_startXref = m.captured(1).toLongLong();
        qint64 offset = m_startXref;
        for (int guard = 0; offset >= 0 && guard < 32; ++guard) {
            if (!readXrefSection(offset, &offset))
                return fail(error, QStringLiteral("unsupported cross-reference section"));
        }
        if (m_root.isEmpty())
            return fail(error, QStringLiteral("no document root"));
        return true;
    }

    // The text between "N 0 obj" and "endobj" (or "stream"), for dictionary objects.
    QByteArray object(int number) const
    {
        const qint64 at = m_offsets.value(number, -1);
        if (at < 0)
            return {};
        const qint64 start = m_data.indexOf("obj", at);
        qint64 end = m_data.indexOf("endobj", start);
        const qint64 stream = m_data.indexOf("stream", start);
        if (stream >= 0 && (end < 0 || stream < end))
            end = stream;
        if (start < 0 || end < 0)
            return {};
        return m_data.mid(start + 3, end - start - 3).trimmed();
    }

    QVector<int> pages() const
    {
        QVector<int> out;
        const QByteArray root = object(refNumber(m_root));
        static const QRegularExpression pagesRef(QStringLiteral("/Pages\\s+(\\d+)\\s+\\d+\\s+R"));
        const QRegularExpressionMatch m = pagesRef.match(QString::fromLatin1(root));
        if (m.hasMatch())
            collectPages(m.captured(1).toInt(), out, 0);
        return out;
    }

    int size() const { return m_size; }
    qint64 startXref() const { return m_startXref; }
    QByteArray root() const { return m_root; }
    QByteArray info() const { return m_info; }

private:
    static bool fail(QString *error, const QString &message)
    {
        if (error)
            *error = QStringLiteral("Cannot add page numbers: %1.").arg(message);
        return false;
    }

    static int refNumber(const QByteArray &ref) { return ref.split(' ').value(0).toInt(); }

    void collectPages(int number, QVector<int> &out, int depth) const
    {
        if (depth > 32)
            return;
        const QString dict = QString::fromLatin1(object(number));
        static const QRegularExpression kids(QStringLiteral("/Kids\\s*\\[([^\\]]*)\\]"));
        const QRegularExpressionMatch m = kids.match(dict);
        if (!m.hasMatch()) {
            out << number;
            return;
        }
        static const QRegularExpression ref(QStringLiteral("(\\d+)\\s+\\d+\\s+R"));
        auto it = ref.globalMatch(m.captured(1));
        while (it.hasNext())
            collectPages(it.next().captured(1).toInt(), out, depth + 1);
    }

    bool readXrefSection(qint64 offset, qint64 *previous)
    {
        *previous = -1;
        if (m_data.mid(offset, 4) != "xref")
            return false;
        const qint64 trailerAt = m_data.indexOf("trailer", offset);
        if (trailerAt < 0)
            return false;
        const QList<QByteArray> lines = m_data.mid(offset + 4, trailerAt - offset - 4).split('\n');
        int next = 0;
        for (QByteArray line : lines) {
            line = line.trimmed();
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 2) {
                next = parts[0].toInt();
            } else if (parts.size() == 3) {
                // Newer sections come first in the chain; keep what they said.
                if (parts[2] == "n" && !m_offsets.contains(next))
                    m_offsets.insert(next, parts[0].toLongLong());
                ++next;
            }
        }
        const qint64 end = m_data.indexOf("startxref", trailerAt);
        const QString trailer = QString::fromLatin1(m_data.mid(trailerAt, end - trailerAt));
        static const QRegularExpression sizeRe(QStringLiteral("/Size\\s+(\\d+)"));
        static const QRegularExpression rootRe(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)"));
        static const QRegularExpression infoRe(QStringLiteral("/Info\\s+(\\d+\\s+\\d+\\s+R)"));
        static const QRegularExpression prevRe(QStringLiteral("/Prev\\s+(\\d+)"));
        if (m_size == 0)
            m_size = sizeRe.match(trailer).captured(1).toInt();
        if (m_root.isEmpty())
            m_root = rootRe.match(trailer).captured(1).toLatin1();
        if (m_info.isEmpty())
            m_info = infoRe.match(trailer).captured(1).toLatin1();
        const QRegularExpressionMatch prev = prevRe.match(trailer);
        if (prev.hasMatch())
            *previous = prev.captured(1).toLongLong();
        return m_size > 0;
    }

    const QByteArray &m_data;
    QMap<int, qint64> m_offsets;
    qint64 m_startXref = 0;
    int m_size = 0;
    QByteArray m_root;
    QByteArray m_info;
};

// Adds our font to a resource dictionary given as "<< ... >>" text.
QByteArray withFont(QByteArray resources, const QByteArray &fontEntry, const PdfFile &pdf)
{
    static const QRegularExpression indirectFont(QStringLiteral("/Font\\s+(\\d+)\\s+\\d+\\s+R"));
    const QRegularExpressionMatch m = indirectFont.match(QString::fromLatin1(resources));
    if (m.hasMatch()) {
        QByteArray fonts = pdf.object(m.captured(1).toInt());
        if (!fonts.startsWith("<<"))
            return {};
        fonts.insert(2, " " + fontEntry + " ");
        resources.replace(m.capturedStart(), m.capturedLength(), "/Font " + fonts);
        return resources;
    }
    const qint64 font = resources.indexOf("/Font");
    if (font >= 0) {
        const qint64 open = resources.indexOf("<<", font);
        if (open < 0)
            return {};
        resources.insert(open + 2, " " + fontEntry + " ");
        return resources;
    }
    resources.insert(2, " /Font << " + fontEntry + " >> ");
    return resources;
}

} // namespace

int PdfPageNumbers::pageCount(const QByteArray &pdf)
{
    PdfFile file(pdf);
    if (!file.parse(nullptr))
        return -1;
    return int(file.pages().size());
}

QByteArray PdfPageNumbers::stamp(const QByteArray &pdf, const QString &format, QString *error)
{
    PdfFile file(pdf);
    if (!file.parse(error))
        return {};
    const QVector<int> pages = file.pages();
    if (pages.isEmpty()) {
        if (error)
            *error = QStringLiteral("Cannot add page numbers: no pages found.");
        return {};
    }
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    QMap<int, qint64> written;
    int nextNumber = file.size();
    auto addObject = [&](int number, const QByteArray &body) {
        written.insert(number, out.size());
        out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    };
    auto addStream = [&](const QByteArray &content) {
        const int number = nextNumber++;
        addObject(number, "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" +
                              content + "\nendstream");
        return number;
    };
    const int font = nextNumber++;
    addObject(font, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
                    " /Encoding /WinAnsiEncoding >>");
    const QByteArray fontEntry = "/FcPageNo " + QByteArray::number(font) + " 0 R";
    const int save = addStream("q");

    static const QRegularExpression contentsRe(
        QStringLiteral("/Contents\\s*(\\[[^\\]]*\\]|\\d+\\s+\\d+\\s+R)"));
    static const QRegularExpression mediaBoxRe(
        QStringLiteral("/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)"));
    static const QRegularExpression resourcesRe(
        QStringLiteral("/Resources\\s+(\\d+)\\s+\\d+\\s+R"));
    for (int i = 0; i < pages.size(); ++i) {
        QByteArray dict = file.object(pages[i]);
        const QRegularExpressionMatch contents = contentsRe.match(QString::fromLatin1(dict));
        const QRegularExpressionMatch box = mediaBoxRe.match(QString::fromLatin1(dict));
        if (!dict.startsWith("<<") || !contents.hasMatch() || !box.hasMatch()) {
            if (error)
                *error = QStringLiteral("Cannot add page numbers: page %1 has no contents or "
                                        "size of its own.")
                             .arg(i + 1);
            return {};
        }
        const double x0 = box.captured(1).toDouble(), y0 = box.captured(2).toDouble();
        const double x1 = box.captured(3).toDouble();
        const QByteArray label = pdfString(format.arg(i + 1).arg(pages.size()));
        const double size = 9;
        const double x = x0 + (x1 - x0 - textWidth(label, size)) / 2;
        const double y = y0 + 24; // about 8 mm up: inside the bottom margin
        const int number = addStream("Q q BT /FcPageNo " + QByteArray::number(size) + " Tf 0.3 g " +
                                     QByteArray::number(x, 'f', 2) + ' ' +
                                     QByteArray::number(y, 'f', 2) + " Td (" + label + ") Tj ET Q");
        QByteArray inner = contents.captured(1).toLatin1();
        if (inner.startsWith('['))
            inner = inner.mid(1, inner.size() - 2);
        dict.replace(contents.capturedStart(), contents.capturedLength(),
                     "/Contents [" + QByteArray::number(save) + " 0 R " + inner + ' ' +
                         QByteArray::number(number) + " 0 R]");

        const QRegularExpressionMatch indirect = resourcesRe.match(QString::fromLatin1(dict));
        QByteArray resources;
        if (indirect.hasMatch()) {
            resources = withFont(file.object(indirect.captured(1).toInt()), fontEntry, file);
            if (!resources.isEmpty()) {
                const int copy = nextNumber++;
                addObject(copy, resources);
                dict.replace(indirect.capturedStart(), indirect.capturedLength(),
                             "/Resources " + QByteArray::number(copy) + " 0 R");
            }
        } else {
            const qint64 at = dict.indexOf("/Resources");
            const qint64 open = at < 0 ? -1 : dict.indexOf("<<", at);
            if (open >= 0) {
                // Find the matching ">>" of the inline resource dictionary.
                int depth = 0;
                qint64 end = open;
                for (; end < dict.size() - 1; ++end) {
                    if (dict[end] == '<' && dict[end + 1] == '<')
                        ++depth, ++end;
                    else if (dict[end] == '>' && dict[end + 1] == '>' && --depth == 0)
                        break;
                }
                resources = withFont(dict.mid(open, end + 2 - open), fontEntry, file);
                if (!resources.isEmpty())
                    dict.replace(open, end + 2 - open, resources);
            }
        }
        if (resources.isEmpty()) {
            if (error)
                *error = QStringLiteral("Cannot add page numbers: page %1 shares its resources.")
                             .arg(i + 1);
            return {};
        }
        addObject(pages[i], dict);
    }

    const qint64 xref = out.size();
    out += "xref\n";
    for (auto it = written.constBegin(); it != written.constEnd(); ++it)
        out += QByteArray::number(it.key()) + " 1\n" +
               QByteArray::number(it.value()).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(nextNumber) + " /Root " + file.root();
    if (!file.info().isEmpty())
        out += " /Info " + file.info();
    out += " /Prev " + QByteArray::number(file.startXref()) + " >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace fc
