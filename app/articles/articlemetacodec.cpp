#include "articles/articlemetacodec.h"

namespace fc {

namespace {

// Bumped with any change to the fields below; a blob of another format is not read.
constexpr quint32 formatTag = 0x46434d33; // "FCM3"

// The optional numbers of a study and of a result, in the one order both directions use.
template<typename Study, typename Fn> void forEachStudyOptional(Study &s, Fn fn)
{
    fn(s.doseValue);
    fn(s.participants);
    fn(s.treatmentParticipants);
    fn(s.placeboParticipants);
    fn(s.weeks);
}

template<typename Result, typename Fn> void forEachResultOptional(Result &r, Fn fn)
{
    fn(r.treatmentChangePercent);
    fn(r.placeboChangePercent);
    fn(r.treatmentPercent);
    fn(r.placeboPercent);
    fn(r.p);
    fn(r.week);
}

} // namespace

void writeArticleMeta(ByteWriter &out, const Article &a)
{
    for (const QString *s : {&a.slug, &a.title, &a.summary, &a.source, &a.series, &a.seriesTitle})
        out.text(*s);
    out.i64(a.part);
    out.flag(a.excerpt);
    out.texts(a.topics);
    out.texts(a.treatments);
    out.i64(a.bodyFirstLine);
    const StudyInfo &s = a.study;
    for (const QString *t : {&s.design, &s.population, &s.dose, &s.doseUnit})
        out.text(*t);
    forEachStudyOptional(s, [&out](const auto &v) { out.optionalNumber(v); });
    out.u32(quint32(s.results.size()));
    for (const StudyResult &r : s.results) {
        out.text(r.measure);
        out.text(r.symptom);
        out.text(r.note);
        forEachResultOptional(r, [&out](const auto &v) { out.optionalNumber(v); });
    }
    out.u32(quint32(a.cautions.size()));
    for (const Caution &c : a.cautions) {
        out.text(c.treatment);
        out.text(c.quote);
    }
}

bool readArticleMeta(ByteReader &in, Article *article)
{
    Article &a = *article;
    for (QString *s : {&a.slug, &a.title, &a.summary, &a.source, &a.series, &a.seriesTitle})
        *s = in.text();
    a.part = int(in.i64());
    a.excerpt = in.flag();
    a.topics = in.texts();
    a.treatments = in.texts();
    a.bodyFirstLine = int(in.i64());
    StudyInfo &s = a.study;
    for (QString *t : {&s.design, &s.population, &s.dose, &s.doseUnit})
        *t = in.text();
    forEachStudyOptional(s, [&in](auto &v) { in.optionalNumber(&v); });
    // A result or caution takes well over 8 bytes: a larger count is damage, not data.
    const quint32 results = in.u32();
    if (results > in.remaining() / 8)
        return false;
    s.results.clear();
    for (quint32 i = 0; i < results && in.ok(); ++i) {
        StudyResult r;
        r.measure = in.text();
        r.symptom = in.text();
        r.note = in.text();
        forEachResultOptional(r, [&in](auto &v) { in.optionalNumber(&v); });
        s.results << r;
    }
    const quint32 cautions = in.u32();
    if (cautions > in.remaining() / 8)
        return false;
    a.cautions.clear();
    for (quint32 i = 0; i < cautions && in.ok(); ++i) {
        Caution c;
        c.treatment = in.text();
        c.quote = in.text();
        a.cautions << c;
    }
    return in.ok() && !a.slug.isEmpty();
}

QByteArray encodeArticleMeta(const Article &article)
{
    QByteArray bytes;
    ByteWriter out(&bytes);
    out.u32(formatTag);
    writeArticleMeta(out, article);
    return bytes;
}

bool decodeArticleMeta(const QByteArray &bytes, Article *article)
{
    ByteReader in(bytes);
    if (in.u32() != formatTag)
        return false;
    Article a;
    if (!readArticleMeta(in, &a) || !in.atEnd())
        return false;
    *article = std::move(a);
    return true;
}

} // namespace fc
