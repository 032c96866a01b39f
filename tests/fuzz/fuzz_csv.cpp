// CSV from other apps and spreadsheets. Every function that reads CSV from outside is listed in
// kConsumers and sees every input: an importer joins the fuzzing with one line there.
#include "export/csvimport.h"
#include "export/csvreader.h"
#include "fuzzsupport.h"
#include "journal/journalstore.h"

#include <QTemporaryDir>

namespace {

void checkTable(const fc::CsvTable &table, const QByteArray &data)
{
    const int lines = int(data.count('\n') + data.count('\r')) + 1;
    if (table.issues.size() > fc::kMaxListedCsvIssues)
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
    const fc::CsvTable table = fc::readCsv(data);
    checkTable(table, data);
    // A second pass of the stream, as the importers make, gives the same records and no new
    // problems.
    fc::CsvStream rows(data);
    fc::CsvRecord record;
    while (rows.next(record)) {
    }
    const auto issues = rows.issues().size();
    rows.rewind();
    for (const fc::CsvRecord &expected : table.rows) {
        if (!rows.next(record) || record.line != expected.line || record.fields != expected.fields)
            fc::fuzz::violated("a rewound CSV stream reads other records");
    }
    if (rows.next(record) || rows.issues().size() != issues)
        fc::fuzz::violated("a rewound CSV stream reports more");
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

// An empty journal that import plans are worked out against; plans never write.
const fc::JournalStore &journal()
{
    static const QTemporaryDir dir;
    // Never destroyed: the fuzzer exits without unwinding, the replay does not need it closed.
    static const fc::JournalStore *store = [] {
        fc::fuzz::ensureApplication();
        auto *s = new fc::JournalStore;
        if (!s->open(dir.filePath(QStringLiteral("journal.sqlite"))))
            fc::fuzz::violated("cannot open the fuzz journal");
        return s;
    }();
    return *store;
}

void planImport(const QByteArray &data)
{
    const fc::CsvImportPlan plan = fc::CsvImport::plan(data, journal());
    const int lines = int(data.count('\n') + data.count('\r')) + 1;
    if (plan.errors.size() > fc::kMaxListedCsvIssues)
        fc::fuzz::violated("import problem list not bounded");
    for (const fc::CsvIssue &issue : plan.errors) {
        if (issue.line < 0 || issue.line > lines || issue.message.isEmpty())
            fc::fuzz::violated("import error outside the file or without a message");
    }
    for (const auto &item : plan.checkIns) {
        for (double score : item.value.scores) {
            if (score < 0 || score > 10)
                fc::fuzz::violated("import plan holds a score outside 0-10");
        }
        if (!item.value.day.isValid() || item.line < 1 || item.line > lines)
            fc::fuzz::violated("import plan holds a check-in without a day or line");
    }
    if (plan.summary().isEmpty())
        fc::fuzz::violated("import plan without a summary");
}

using Consumer = void (*)(const QByteArray &data);
const Consumer kConsumers[] = {
    readDetected,
    readWithOptions,
    planImport,
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
