// Apple Health's export.xml: one <Record type=... sourceName=... unit=... value=...
// startDate="2018-10-29 10:17:16 -0800" endDate=.../> per reading, read as a stream.
#include "export/healthdays.h"
#include "export/healthimport.h"

#include <QIODevice>
#include <QLoggingCategory>
#include <QXmlStreamReader>
#include <cmath>
#include <optional>

Q_LOGGING_CATEGORY(lcAppleHealth, "fc.export.applehealth")

namespace fc {

namespace {

constexpr qint64 kChunkBytes = 1 << 20;

struct AppleTime
{
    QDate localDay;     // the day as the phone showed it, in the offset written
    qint64 utcSecs = 0; // the instant
};

int digits(QStringView s, qsizetype from, qsizetype count, bool *ok)
{
    int n = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9') {
            *ok = false;
            return 0;
        }
        n = n * 10 + (c - u'0');
    }
    return n;
}

// "2018-10-29 10:17:16 -0800"; the offset is the phone's at that moment, so a day across a
// daylight-saving change is still the day the person lived.
std::optional<AppleTime> parseAppleTime(QStringView s)
{
    if (s.size() != 25 || s[4] != u'-' || s[7] != u'-' || s[10] != u' ' || s[13] != u':' ||
        s[16] != u':' || s[19] != u' ' || (s[20] != u'+' && s[20] != u'-'))
        return std::nullopt;
    bool ok = true;
    const QDate day(digits(s, 0, 4, &ok), digits(s, 5, 2, &ok), digits(s, 8, 2, &ok));
    const int h = digits(s, 11, 2, &ok), m = digits(s, 14, 2, &ok), sec = digits(s, 17, 2, &ok);
    const int offH = digits(s, 21, 2, &ok), offM = digits(s, 23, 2, &ok);
    if (!ok || !day.isValid() || h > 23 || m > 59 || sec > 60 || offH > 14 || offM > 59)
        return std::nullopt;
    const qint64 offset = (s[20] == u'-' ? -1 : 1) * (offH * 3600 + offM * 60);
    const qint64 local = day.toJulianDay() * 86400 + h * 3600 + m * 60 + sec;
    const qint64 epochJulian = QDate(1970, 1, 1).toJulianDay();
    return AppleTime{day, local - epochJulian * 86400 - offset};
}

class AppleReader
{
public:
    explicit AppleReader(HealthData &data)
        : m_data(data)
    {}

    void record(const QXmlStreamAttributes &a, qint64 line);
    HealthDays days;

private:
    void skip(qint64 line, const QString &why);

    HealthData &m_data;
};

void AppleReader::skip(qint64 line, const QString &why)
{
    ++m_data.skipped;
    if (m_data.remarks.size() < HealthImport::kListedRemarks)
        m_data.remarks << HealthImport::tr("line %1: %2").arg(line).arg(why);
}

void AppleReader::record(const QXmlStreamAttributes &a, qint64 line)
{
    const QStringView type = a.value(QLatin1String("type"));
    enum class Kind { Steps, Resting, Hrv, Sleep } kind;
    if (type == u"HKQuantityTypeIdentifierStepCount")
        kind = Kind::Steps;
    else if (type == u"HKQuantityTypeIdentifierRestingHeartRate")
        kind = Kind::Resting;
    else if (type == u"HKQuantityTypeIdentifierHeartRateVariabilitySDNN")
        kind = Kind::Hrv;
    else if (type == u"HKCategoryTypeIdentifierSleepAnalysis")
        kind = Kind::Sleep;
    else
        return; // heart rate, energy, workouts...: not a daily measure here
    const auto start = parseAppleTime(a.value(QLatin1String("startDate")));
    const auto end = parseAppleTime(a.value(QLatin1String("endDate")));
    if (!start || !end || end->utcSecs < start->utcSecs)
        return skip(line, HealthImport::tr("a %1 record without a readable start and end date")
                              .arg(type.toString().left(60)));
    const QStringView valueText = a.value(QLatin1String("value"));
    if (kind == Kind::Sleep) {
        // Asleep in any stage counts; in bed and awake do not. Older exports say "Asleep".
        if (!valueText.startsWith(u"HKCategoryValueSleepAnalysisAsleep"))
            return;
        if (end->utcSecs - start->utcSecs > 24 * 3600)
            return skip(line, HealthImport::tr("a sleep record longer than a day"));
        days.addAsleep(start->utcSecs, end->utcSecs, end->localDay);
        ++m_data.recordsRead;
        return;
    }
    bool ok = false;
    const double value = valueText.toDouble(&ok);
    const QStringView unit = a.value(QLatin1String("unit"));
    if (!ok || !std::isfinite(value) || value < 0)
        return skip(line, HealthImport::tr("a %1 record without a number").arg(type.toString()));
    switch (kind) {
    case Kind::Steps:
        if (unit != u"count" || value > 100000)
            return skip(line, HealthImport::tr("a step count of %1 %2").arg(value).arg(unit));
        days.addSteps(start->localDay, a.value(QLatin1String("sourceName")).toString().left(100),
                      value);
        break;
    case Kind::Resting:
        if (unit != u"count/min" || value < 20 || value > 250)
            return skip(line,
                        HealthImport::tr("a resting heart rate of %1 %2").arg(value).arg(unit));
        days.addRestingHeartRate(start->localDay, value);
        break;
    case Kind::Hrv:
        if (unit != u"ms" || value < 1 || value > 500)
            return skip(line, HealthImport::tr("an HRV of %1 %2").arg(value).arg(unit));
        days.addHrv(start->localDay, value);
        break;
    case Kind::Sleep:
        break;
    }
    ++m_data.recordsRead;
}

} // namespace

Expected<HealthData> HealthImport::readAppleHealthXml(QIODevice *device, qint64 total,
                                                      const Progress &progress)
{
    HealthData data;
    data.format = tr("Apple Health export");
    data.source = QStringLiteral("apple-health");
    AppleReader reader(data);
    QXmlStreamReader xml;
    qint64 done = 0;
    bool sawRoot = false;
    for (;;) {
        const QByteArray chunk = device->read(kChunkBytes);
        if (chunk.isEmpty())
            break;
        done += chunk.size();
        xml.addData(chunk);
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (!sawRoot) {
                if (xml.name() != u"HealthData")
                    return fail(tr("This is an XML file but not an Apple Health export "
                                   "(it starts with <%1>, not <HealthData>).")
                                    .arg(xml.name().toString().left(40)));
                sawRoot = true;
            } else if (xml.name() == u"Record") {
                reader.record(xml.attributes(), xml.lineNumber());
            }
        }
        if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return fail(tr("The Apple Health export is not well-formed XML at line %1, column %2: "
                           "%3. Nothing was imported.")
                            .arg(xml.lineNumber())
                            .arg(xml.columnNumber())
                            .arg(xml.errorString().left(200)));
        if (progress && !progress(done, total))
            return fail(cancelledMessage());
    }
    // A device that stopped on an error (a damaged zip, a zip bomb) says so.
    if (device->property("fcFailed").toBool())
        return fail(device->errorString());
    if (!sawRoot)
        return fail(tr("The file is empty or not an Apple Health export."));
    if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return fail(tr("The Apple Health export ends early, at line %1 (the file is cut short). "
                       "Nothing was imported.")
                        .arg(xml.lineNumber()));
    data.days = reader.days.days(data.source);
    qCInfo(lcAppleHealth) << "read" << data.recordsRead << "records," << data.skipped << "skipped,"
                          << data.days.size() << "day values";
    return data;
}

} // namespace fc
