#include "articles/articlemetacodec.h"

#include <QDataStream>
#include <QIODevice>

namespace fc {

namespace {

// Bumped with any change to the fields below; a cache of another format is not read.
// Little-endian throughout: on the machines the app runs on, strings then load without swapping
// every character.
constexpr quint32 formatTag = 0x46434d32; // "FCM2"

template<typename T> void writeOptional(QDataStream &out, const std::optional<T> &value)
{
    out << bool(value.has_value());
    if (value)
        out << *value;
}

template<typename T> void readOptional(QDataStream &in, std::optional<T> *value)
{
    bool present = false;
    in >> present;
    if (!present) {
        value->reset();
        return;
    }
    T v{};
    in >> v;
    *value = v;
}

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

QByteArray encodeArticleMeta(const Article &a)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out.setByteOrder(QDataStream::LittleEndian);
    out << formatTag << a.slug << a.title << a.summary << a.source << a.series << a.seriesTitle
        << qint32(a.part) << a.excerpt << a.topics << a.treatments << qint32(a.bodyFirstLine);
    const StudyInfo &s = a.study;
    out << s.design << s.population << s.dose << s.doseUnit;
    forEachStudyOptional(s, [&out](const auto &v) { writeOptional(out, v); });
    out << quint32(s.results.size());
    for (const StudyResult &r : s.results) {
        out << r.measure << r.symptom << r.note;
        forEachResultOptional(r, [&out](const auto &v) { writeOptional(out, v); });
    }
    out << quint32(a.cautions.size());
    for (const Caution &c : a.cautions)
        out << c.treatment << c.quote;
    return bytes;
}

bool decodeArticleMeta(const QByteArray &bytes, Article *article)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 tag = 0;
    in >> tag;
    if (tag != formatTag)
        return false;
    Article a;
    qint32 part = 0;
    qint32 bodyFirstLine = 1;
    in >> a.slug >> a.title >> a.summary >> a.source >> a.series >> a.seriesTitle >> part >>
        a.excerpt >> a.topics >> a.treatments >> bodyFirstLine;
    a.part = part;
    a.bodyFirstLine = bodyFirstLine;
    StudyInfo &s = a.study;
    in >> s.design >> s.population >> s.dose >> s.doseUnit;
    forEachStudyOptional(s, [&in](auto &v) { readOptional(in, &v); });
    quint32 results = 0;
    in >> results;
    // Each result takes more than 16 bytes: a count beyond that is damage, not data.
    if (in.status() != QDataStream::Ok || results > quint32(bytes.size() / 16))
        return false;
    for (quint32 i = 0; i < results; ++i) {
        StudyResult r;
        in >> r.measure >> r.symptom >> r.note;
        forEachResultOptional(r, [&in](auto &v) { readOptional(in, &v); });
        s.results << r;
    }
    quint32 cautions = 0;
    in >> cautions;
    if (in.status() != QDataStream::Ok || cautions > quint32(bytes.size() / 8))
        return false;
    for (quint32 i = 0; i < cautions; ++i) {
        Caution c;
        in >> c.treatment >> c.quote;
        a.cautions << c;
    }
    if (in.status() != QDataStream::Ok || !in.atEnd() || a.slug.isEmpty())
        return false;
    *article = std::move(a);
    return true;
}

} // namespace fc
