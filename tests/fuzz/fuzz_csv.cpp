// CSV from other apps and spreadsheets. Every function that reads CSV from outside is listed in
// kConsumers and sees every input: an importer joins the fuzzing with one line there.
#include "export/csvreader.h"
#include "fuzzsupport.h"

namespace {

void checkTable(const fc::CsvTable &table, const QByteArray &data)
{
    const int lines = int(data.count('\n') + data.count('\r')) + 1;
    if (table.issues.size() > 1001)
        fc::fuzz::violated("issue list not bounded");
    for (const fc::CsvIssue &issue : table.issues) {
        if (issue.line < 0 || issue.line > lines || issue.message.isEmpty())
            fc::fuzz::violated("CSV issue outside the file or without a message");
    }
    int previous = 0;
    for (const fc::CsvRecord &record : table.rows) {
        if (record.line <= previous || record.line > lines || record.fields.isEmpty())
            fc::fuzz::violated("CSV records out of order or outside the file");
        previous = record.line;
    }
}

void readDetected(const QByteArray &data)
{
    checkTable(fc::readCsv(data), data);
}

// The first byte picks the options, the rest is the file.
void readWithOptions(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    static const char16_t delimiters[] = {0, u',', u';', u'\t', u'|', u' ', u'"', 0xE9};
    const auto selector = static_cast<unsigned char>(data[0]);
    fc::CsvReadOptions options;
    options.delimiter = QChar(delimiters[selector % 8]);
    options.firstRowIsHeader = selector & 0x08;
    options.maxBytes = selector & 0x10 ? 64 : options.maxBytes;
    const QByteArray file = data.mid(1);
    checkTable(fc::readCsv(file, options), file);
}

using Consumer = void (*)(const QByteArray &data);
const Consumer kConsumers[] = {
    readDetected,
    readWithOptions,
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fc::fuzz::quietLogging();
    const QByteArray bytes = fc::fuzz::bytes(data, size);
    for (Consumer consume : kConsumers)
        consume(bytes);
    return 0;
}
