// A whole reading session, run by test_offline.sh inside a network namespace with no interfaces:
// the window opens every bundled article and exports the notes as PDF. It checks from the inside
// that nothing asked for the network: the interceptor blocked nothing, and the namespace's socket
// tables (which only this process tree can fill) stayed empty the whole time.
#include "articles/articlelibrary.h"
#include "export/notesdocument.h"
#include "testsupport.h"
#include "ui/appcontext.h"
#include "ui/articleview.h"
#include "ui/librarysidebar.h"
#include "ui/mainwindow.h"
#include "ui/pdfprinter.h"
#include "ui/web/requestinterceptor.h"
#include "ui/web/webprofile.h"
#include "uitestmain.h"

#include <QFile>
#include <QSignalSpy>
#include <QTimer>
#include <QWebEnginePage>

using namespace fc;

namespace {

const QStringList kSocketTables{QStringLiteral("tcp"),     QStringLiteral("tcp6"),
                                QStringLiteral("udp"),     QStringLiteral("udp6"),
                                QStringLiteral("raw"),     QStringLiteral("raw6"),
                                QStringLiteral("udplite"), QStringLiteral("udplite6")};

// Lines after the header of /proc/self/net/<table>: one per socket in this network namespace.
QStringList inetSockets()
{
    QStringList found;
    for (const QString &table : kSocketTables) {
        QFile file(QStringLiteral("/proc/self/net/") + table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i)
            if (!lines[i].trimmed().isEmpty())
                found << table + QStringLiteral(": ") + QString::fromLatin1(lines[i].trimmed());
    }
    return found;
}

QStringList interfaces()
{
    QFile file(QStringLiteral("/proc/self/net/dev"));
    QStringList names;
    if (!file.open(QIODevice::ReadOnly))
        return names;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QByteArray name = lines[i].split(':').first().trimmed();
        if (!name.isEmpty())
            names << QString::fromLatin1(name);
    }
    return names;
}

} // namespace

class TstOfflineScenario : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Outside an empty namespace the host's sockets would show up in the tables.
        QCOMPARE(interfaces(), QStringList{QStringLiteral("lo")});
        QVERIFY2(inetSockets().isEmpty(), qPrintable(inetSockets().join(u'\n')));
        connect(&m_poll, &QTimer::timeout, this, [this] {
            for (const QString &socket : inetSockets())
                if (!m_sockets.contains(socket))
                    m_sockets << socket;
        });
        m_poll.start(20);
    }

    void readEveryArticleAndExportNotes()
    {
        test::TempDataDir dir;
        AppContext context(dir.path());
        FC_VERIFY_OK(context.initialize());
        Note note;
        note.title = QStringLiteral("Questions for my doctor");
        note.body = QStringLiteral("Is **LDN** worth a try? ![chart](https://example.org/a.png)");
        note.articleSlug = QStringLiteral("low-dose-naltrexone");
        FC_VERIFY_OK(context.journal().notesStore().save(note));

        {
            MainWindow window(&context);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QWebEnginePage *page = window.articleView()->page();
            const QStringList slugs = window.sidebar()->articleSlugs();
            QCOMPARE(slugs.size(), context.library().articles().size());
            for (const QString &slug : slugs) {
                QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
                window.openArticle(slug);
                QVERIFY2(loaded.wait(30000), qPrintable(slug));
                QVERIFY2(loaded.last().first().toBool(), qPrintable(slug));
                QTRY_COMPARE_WITH_TIMEOUT(page->title(), context.library().find(slug)->title,
                                          10000);
            }
        }

        const QString pdf = dir.filePath(QStringLiteral("notes.pdf"));
        PdfPrinter printer(&context);
        QSignalSpy finished(&printer, &PdfPrinter::finished);
        printer.print(
            NotesDocument::build(context.journal().notesStore().notes(), &context.library()), pdf);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(QFile(pdf).size() > 1000);

        RequestInterceptor *interceptor = context.webProfile()->interceptor();
        QCOMPARE(interceptor->blockedCount(), 0);
        QVERIFY(interceptor->allowedCount() >= context.library().articles().size());
    }

    void noSocketOutsideTheMachine()
    {
        m_poll.stop();
        for (const QString &socket : inetSockets())
            if (!m_sockets.contains(socket))
                m_sockets << socket;
        QVERIFY2(m_sockets.isEmpty(), qPrintable(m_sockets.join(u'\n')));
    }

private:
    QTimer m_poll;
    QStringList m_sockets;
};

FC_UI_TEST_MAIN(TstOfflineScenario)
#include "offlinescenario.moc"
