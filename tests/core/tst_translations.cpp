#include "core/atomicfile.h"
#include "core/translations.h"
#include "export/csvimport.h"
#include "journal/symptomstore.h"
#include "storage/sqlerror.h"
#include "tempjournal.h"
#include "testsuites.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>
#include <QSqlError>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace fc;

namespace {

// The build compiles translations/*.ts into <build>/translations, beside the app binary; the
// test binaries live one level below.
QString buildTranslations()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../translations"));
}

// "context | source" of every message with plural forms in a .ts file.
QSet<QString> pluralMessages(const QString &path)
{
    QSet<QString> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    bool numerus = false;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        else if (xml.name() == u"source" && numerus)
            out.insert(context + QStringLiteral(" | ") + xml.readElementText());
    }
    return out;
}

// Marks every text it is asked for, so a test sees which messages went through tr().
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return QStringLiteral("[%1] %2").arg(QLatin1String(context), QString::fromUtf8(source));
    }
};

QString articleCount(int n)
{
    return QCoreApplication::translate("fc::MainWindow", "%Ln article(s) in the library", nullptr,
                                       n);
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT
private slots:
    void englishPluralsAreLoaded()
    {
        QVERIFY2(QFile::exists(buildTranslations() + QStringLiteral("/fibro-companion_en.qm")),
                 qPrintable(buildTranslations()));
        QCOMPARE(articleCount(1), QStringLiteral("1 article(s) in the library"));
        const QStringList loaded =
            Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom),
                                  {QStringLiteral("/nonexistent"), buildTranslations()});
        QVERIFY2(!loaded.isEmpty() && loaded.first().endsWith(u"fibro-companion_en.qm"),
                 qPrintable(loaded.join(u',')));
        QCOMPARE(articleCount(1), QStringLiteral("1 article in the library"));
        QCOMPARE(articleCount(7), QStringLiteral("7 articles in the library"));
        // Large libraries read with the locale's digit grouping.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(articleCount(5007), QStringLiteral("5,007 articles in the library"));
        QLocale::setDefault(QLocale::system());
    }

    void aLocaleWithoutTranslationGetsEnglish()
    {
        const QStringList loaded =
            Translations::install(QLocale(QLocale::Swahili, QLocale::Kenya), {buildTranslations()});
        QVERIFY2(!loaded.isEmpty() && loaded.first().endsWith(u"fibro-companion_en.qm"),
                 qPrintable(loaded.join(u',')));
        const QStringList none =
            Translations::install(QLocale::c(), {QStringLiteral("/nonexistent")});
        QVERIFY(none.filter(QStringLiteral("fibro-companion")).isEmpty());
    }

    void buildWritesATemplateForTranslators()
    {
        QFile ts(buildTranslations() + QStringLiteral("/fibro-companion.ts"));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        const QByteArray text = ts.readAll();
        QVERIFY(text.contains("<name>fc::PreferencesDialog</name>"));
        QVERIFY(text.contains("<source>Today&apos;s &amp;check-in…</source>") ||
                text.contains("<source>Today's &amp;check-in…</source>"));
        QVERIFY(!text.contains("<translation>")); // a template: nothing translated yet
        // Every class is found in its namespace, so translations match at run time.
        QVERIFY(!text.contains("<name>ExportActions</name>"));
        QVERIFY(!text.contains("<name>PreferencesDialog</name>"));
    }

    void coreMessagesAreTranslatable()
    {
        test::TempJournal journal;
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        // A store's refusal, the reason SQLite gave, a file that cannot be written, a CSV problem.
        Symptom unnamed;
        const Result added = SymptomStore(&journal.store().database()).add(unnamed);
        const QString sql =
            describeSqlError(QSqlError(QString(), QStringLiteral("disk I/O"),
                                       QSqlError::StatementError, QStringLiteral("13")),
                             QStringLiteral("save"));
        const Result written =
            writeFileAtomically(journal.folder() + QStringLiteral("/no/such/folder/x.csv"), "x");
        const CsvImportPlan plan = CsvImport::plan("date,time,kind,name,value,unit,note\r\n"
                                                   "2024-13-01,,score,pain,5,,\r\n",
                                                   journal.store());
        QCoreApplication::removeTranslator(&marking);
        QCOMPARE(added.message(), QStringLiteral("[fc::SymptomStore] A symptom needs a name."));
        QVERIFY2(sql.startsWith(QLatin1String("[fc::SqlError] Could not")) &&
                     sql.contains(QLatin1String("[fc::SqlError] The disk is full.")),
                 qPrintable(sql));
        QVERIFY2(written.message().startsWith(QLatin1String("[fc::AtomicFile] Cannot write")),
                 qPrintable(written.message()));
        QVERIFY(!plan.errors.isEmpty());
        QVERIFY2(plan.errors.first().message.contains(QLatin1String("[fc::CsvImport]")),
                 qPrintable(plan.errors.first().message));

        // The template offers them to translators under the same contexts.
        QFile ts(buildTranslations() + QStringLiteral("/fibro-companion.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray text = ts.readAll();
        for (const char *context : {"fc::SymptomStore", "fc::SqlError", "fc::AtomicFile",
                                    "fc::CsvImport", "fc::JournalDatabase", "fc::BackupManager",
                                    "fc::WriteTransaction", "fc::CommandLine"})
            QVERIFY2(text.contains(QByteArray("<name>") + context + "</name>"), context);
    }

    void everyPluralHasItsEnglishForms()
    {
        // A "%n day(s)" string without an English entry shows "1 day(s)": every plural message
        // the sources have (the build's template) must be in translations/fibro-companion_en.ts.
        const QSet<QString> needed =
            pluralMessages(buildTranslations() + QStringLiteral("/fibro-companion.ts"));
        const QSet<QString> english =
            pluralMessages(QStringLiteral(FC_SOURCE_DIR "/translations/fibro-companion_en.ts"));
        QVERIFY(needed.size() >= 10);
        QStringList missing;
        for (const QString &m : needed)
            if (!english.contains(m))
                missing << m;
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n"))));
    }

    void installedLayoutIsLookedUpFirst()
    {
        const QStringList dirs = Translations::translationDirs();
        QCOMPARE(dirs.size(), 2);
        QVERIFY(dirs.first().endsWith(u"/share/fibro-companion/translations"));
    }
};

FC_CORE_TEST_MAIN(TstTranslations)
#include "tst_translations.moc"
