#include "articles/article.h"

#include "articles/frontmatter.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace fc {

QString ArticleError::toString() const
{
    if (line > 0)
        return QStringLiteral("%1, line %2: %3").arg(file).arg(line).arg(message);
    return QStringLiteral("%1: %2").arg(file, message);
}

namespace {

QString stringField(const QVariantMap &map, const QString &key)
{
    const QVariant v = map.value(key);
    if (v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QVariantMap)
        return QString();
    return v.toString().trimmed();
}

QStringList listField(const QVariantMap &map, const QString &key)
{
    const QVariant v = map.value(key);
    QStringList out;
    if (v.typeId() == QMetaType::QVariantList) {
        const QVariantList items = v.toList();
        for (const QVariant &item : items) {
            const QString s = item.toString().trimmed();
            if (!s.isEmpty())
                out << s;
        }
    } else if (!v.isNull()) {
        // Some apps write `tags: a, b` as one string.
        const QStringList parts = v.toString().split(u',', Qt::SkipEmptyParts);
        for (const QString &p : parts)
            if (!p.trimmed().isEmpty())
                out << p.trimmed();
    }
    return out;
}

std::optional<double> numberField(const QVariantMap &map, const QString &key)
{
    if (!map.contains(key) || map.value(key).isNull())
        return std::nullopt;
    bool ok = false;
    const double d = map.value(key).toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

std::optional<int> intField(const QVariantMap &map, const QString &key)
{
    // A number outside int's range (1e66 participants) is not a count: treat it as absent rather
    // than converting it, which is undefined behaviour.
    const auto d = numberField(map, key);
    if (!d || !(*d >= -2147483648.0 && *d <= 2147483647.0))
        return std::nullopt;
    return std::optional<int>(int(*d));
}

bool isTrue(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString s = v.toString().trimmed().toLower();
    return s == u"true" || s == u"yes";
}

StudyInfo parseStudy(const QVariantMap &m)
{
    StudyInfo s;
    s.design = stringField(m, QStringLiteral("design"));
    s.population = stringField(m, QStringLiteral("population"));
    s.dose = stringField(m, QStringLiteral("dose"));
    s.doseUnit = stringField(m, QStringLiteral("dose_unit"));
    s.doseValue = numberField(m, QStringLiteral("dose_value"));
    s.participants = intField(m, QStringLiteral("participants"));
    s.treatmentParticipants = intField(m, QStringLiteral("treatment_participants"));
    s.placeboParticipants = intField(m, QStringLiteral("placebo_participants"));
    s.weeks = intField(m, QStringLiteral("weeks"));
    const QVariantList results = m.value(QStringLiteral("results")).toList();
    for (const QVariant &item : results) {
        const QVariantMap r = item.toMap();
        if (r.isEmpty())
            continue;
        StudyResult res;
        res.measure = stringField(r, QStringLiteral("measure"));
        res.symptom = stringField(r, QStringLiteral("symptom"));
        res.note = stringField(r, QStringLiteral("note"));
        res.treatmentChangePercent = numberField(r, QStringLiteral("treatment_change_percent"));
        res.placeboChangePercent = numberField(r, QStringLiteral("placebo_change_percent"));
        res.treatmentPercent = numberField(r, QStringLiteral("treatment_percent"));
        res.placeboPercent = numberField(r, QStringLiteral("placebo_percent"));
        res.p = numberField(r, QStringLiteral("p"));
        res.week = intField(r, QStringLiteral("week"));
        s.results << res;
    }
    return s;
}

// Takes a leading "# Title" out of the body of an imported file so it is not shown twice.
QString takeFirstHeading(QString &body)
{
    static const QRegularExpression h1(
        QStringLiteral("\\A\\s*#[ \\t]+([^\\n]+?)[ \\t#]*(\\n|\\z)"));
    const QRegularExpressionMatch m = h1.match(body);
    if (!m.hasMatch())
        return QString();
    body.remove(0, m.capturedEnd());
    return m.captured(1).trimmed();
}

} // namespace

QString slugify(const QString &text)
{
    QString out;
    bool dash = false;
    const QString lowered = text.normalized(QString::NormalizationForm_KD).toLower();
    for (const QChar c : lowered) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            out += c;
            dash = false;
        } else if (c.isLetterOrNumber() && c.unicode() > 127) {
            continue; // combining marks and non-Latin letters are dropped from the id
        } else if (!dash && !out.isEmpty()) {
            out += u'-';
            dash = true;
        }
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(80);
}

std::optional<QString> decodeUtf8(const QByteArray &bytes, int *badLine)
{
    // Stateless: a sequence cut short at the end is an error, not state kept for a next call.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (!decoder.hasError()) {
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return text;
    }
    // Find the line of the first bad sequence by decoding line by line.
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decodedLine =
            lineDecoder.decode(QByteArrayView(bytes.constData() + start, end - start));
        Q_UNUSED(decodedLine)
        if (lineDecoder.hasError())
            break;
        ++line;
        start = end + 1;
    }
    if (badLine)
        *badLine = line;
    return std::nullopt;
}

std::optional<Article> parseArticle(const QString &text, const QString &fileName,
                                    Article::Origin origin, ArticleError *error)
{
    auto fail = [&](int line, const QString &message) -> std::optional<Article> {
        if (error)
            *error = ArticleError{fileName, line, message};
        return std::nullopt;
    };

    FrontMatterError fmError;
    const std::optional<FrontMatter> fm = parseFrontMatter(text, &fmError);
    if (!fm)
        return fail(fmError.line, fmError.message);

    const QVariantMap &f = fm->fields;
    Article a;
    a.origin = origin;
    a.filePath = fileName;
    a.body = fm->body;
    a.bodyFirstLine = fm->bodyFirstLine;
    a.title = stringField(f, QStringLiteral("title"));
    a.slug = stringField(f, QStringLiteral("slug"));
    a.summary = stringField(f, QStringLiteral("summary"));
    if (a.summary.isEmpty())
        a.summary = stringField(f, QStringLiteral("description"));
    a.source = stringField(f, QStringLiteral("source"));
    a.series = stringField(f, QStringLiteral("series"));
    a.seriesTitle = stringField(f, QStringLiteral("series_title"));
    a.part = intField(f, QStringLiteral("part")).value_or(0);
    a.excerpt = isTrue(f.value(QStringLiteral("excerpt")));
    a.topics = listField(f, QStringLiteral("topics"));
    if (a.topics.isEmpty() && origin == Article::Origin::Imported) {
        // Jekyll, Hugo and Obsidian call them tags or categories.
        a.topics = listField(f, QStringLiteral("tags")) +
                   listField(f, QStringLiteral("categories")) +
                   listField(f, QStringLiteral("category")); // Jekyll's singular form
        for (QString &t : a.topics)
            t = slugify(t);
        a.topics.removeAll(QString());
        a.topics.removeDuplicates();
    }
    a.treatments = listField(f, QStringLiteral("treatments"));
    if (f.value(QStringLiteral("study")).typeId() == QMetaType::QVariantMap)
        a.study = parseStudy(f.value(QStringLiteral("study")).toMap());
    const QVariantList cautions = f.value(QStringLiteral("cautions")).toList();
    for (const QVariant &c : cautions) {
        const QVariantMap m = c.toMap();
        Caution caution{stringField(m, QStringLiteral("treatment")),
                        stringField(m, QStringLiteral("quote"))};
        if (!caution.quote.isEmpty())
            a.cautions << caution;
    }

    QString baseName = QFileInfo(fileName).completeBaseName();
    // Hugo page bundles, MkDocs and GitHub folders keep each page as index.md, _index.md or
    // README.md: the folder names the page.
    static const QStringList folderPages{QStringLiteral("index"), QStringLiteral("_index"),
                                         QStringLiteral("readme")};
    if (folderPages.contains(baseName.toLower())) {
        const QString folder = QFileInfo(QFileInfo(fileName).path()).fileName();
        if (!folder.isEmpty() && folder != QLatin1String("."))
            baseName = folder;
    }
    if (origin == Article::Origin::Bundled) {
        if (a.title.isEmpty())
            return fail(1, QStringLiteral("the front matter has no title"));
        if (a.slug.isEmpty())
            return fail(1, QStringLiteral("the front matter has no slug"));
    } else {
        if (a.title.isEmpty())
            a.title = takeFirstHeading(a.body);
        if (a.title.isEmpty())
            a.title = baseName;
        // Hugo and MkDocs allow "_" and "." in a slug; the library's ids are a-z, 0-9 and "-".
        if (!a.slug.isEmpty())
            a.slug = slugify(a.slug);
        if (a.slug.isEmpty())
            a.slug = slugify(baseName.isEmpty() ? a.title : baseName);
        if (a.slug.isEmpty())
            a.slug = slugify(a.title);
    }
    static const QRegularExpression slugPattern(QStringLiteral("\\A[a-z0-9]+(-[a-z0-9]+)*\\z"));
    if (!slugPattern.match(a.slug).hasMatch())
        return fail(
            1,
            QStringLiteral("the slug \"%1\" may only hold a-z, 0-9 and single dashes").arg(a.slug));
    if (a.title.isEmpty())
        return fail(1, QStringLiteral("the article has no title"));
    return a;
}

} // namespace fc
