// Wearable exports: Apple Health's XML, the zip that holds it, and Gadgetbridge's SQLite
// database. The first byte picks the reader ('x', 'z', anything else the database); the rest is
// the file. Whatever the bytes, a reader gives daily values the journal accepts or a short
// message, never a crash, a hang or unbounded memory.
#include "export/healthimport.h"
#include "fuzzsupport.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <cmath>

namespace {

void check(const fc::Expected<fc::HealthData> &read)
{
    if (!read) {
        if (read.message().isEmpty() || read.message().size() > 1000)
            fc::fuzz::violated("refused without a short message");
        return;
    }
    if (read->remarks.size() > fc::HealthImport::kListedRemarks)
        fc::fuzz::violated("remarks not bounded");
    for (const fc::DayMeasure &m : read->days) {
        if (!m.day.isValid() || !std::isfinite(m.value) || m.value < 0)
            fc::fuzz::violated("a daily value without a day or a number");
        if (m.name == QLatin1String(fc::DayMeasures::sleepHours) && m.value > 24)
            fc::fuzz::violated("more than 24 hours asleep in a day");
    }
}

QString writeTemporary(const QByteArray &bytes)
{
    static QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("input"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    file.write(bytes);
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fc::fuzz::quietLogging();
    fc::fuzz::ensureApplication();
    if (size < 1 || size > 1 << 20)
        return 0;
    const char mode = char(data[0]);
    QByteArray file = fc::fuzz::bytes(data + 1, size - 1);
    if (mode == 'x') {
        QBuffer buffer(&file);
        buffer.open(QIODevice::ReadOnly);
        check(fc::HealthImport::readAppleHealthXml(&buffer, file.size()));
    } else if (mode == 'z') {
        check(fc::HealthImport::readHealthZip(writeTemporary(file)));
    } else {
        // Through the detection the command uses, so a file that is not a database is tried too.
        check(fc::HealthImport::read(writeTemporary(file)));
    }
    return 0;
}
