#include "testsupport.h"
#include "ui/desktop/singleinstance.h"
#include "uitestmain.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <chrono>
#include <future>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace fc;

namespace {

// What a crashed instance leaves behind: a socket file nobody listens on.
bool makeStaleSocket(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (size_t(name.size()) >= sizeof(addr.sun_path))
        return false;
    memcpy(addr.sun_path, name.constData(), size_t(name.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) == 0;
    ::close(fd);
    return ok && QFile::exists(path);
}

bool isReady(const std::future<bool> &f)
{
    return f.wait_for(std::chrono::milliseconds(0)) == std::future_status::ready;
}

} // namespace

class TstSingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void nameDependsOnTheFolderNotHowItIsWritten()
    {
        test::TempDataDir a;
        test::TempDataDir b;
        const QString viaDots = a.path() + QStringLiteral("/sub/..");
        QCOMPARE(SingleInstance::serverName(viaDots), SingleInstance::serverName(a.path()));
        QVERIFY(QFile::link(a.path(), b.filePath(QStringLiteral("link"))));
        QCOMPARE(SingleInstance::serverName(b.filePath(QStringLiteral("link"))),
                 SingleInstance::serverName(a.path()));
        QVERIFY(SingleInstance::serverName(a.path()) != SingleInstance::serverName(b.path()));
        const QString name = SingleInstance::serverName(a.path());
        QVERIFY2(name.contains(u"org.fibrocompanion.FibroCompanion-"), qPrintable(name));
        QVERIFY(!name.contains(a.path())); // the path itself is not leaked into the runtime dir
    }

    void secondInstanceHandsOverCheckIn()
    {
        test::TempDataDir dir;
        SingleInstance first(dir.path());
        FC_VERIFY_OK(first.listen());
        QSignalSpy spy(&first, &SingleInstance::requested);

        // The second instance blocks while it waits for the answer, as it would in its own
        // process, so it runs in another thread while this one serves.
        auto handedOver = std::async(std::launch::async, [path = dir.path()] {
            SingleInstance second(path);
            return second.handOver(SingleInstance::Request::CheckIn);
        });
        QTRY_VERIFY_WITH_TIMEOUT(isReady(handedOver), 10000);
        QVERIFY(handedOver.get());
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<SingleInstance::Request>(),
                 SingleInstance::Request::CheckIn);

        auto raised = std::async(std::launch::async, [path = dir.path()] {
            return SingleInstance(path).handOver(SingleInstance::Request::Raise);
        });
        QTRY_VERIFY_WITH_TIMEOUT(isReady(raised), 10000);
        QVERIFY(raised.get());
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).first().value<SingleInstance::Request>(),
                 SingleInstance::Request::Raise);
    }

    void anotherFolderIsAnotherInstance()
    {
        test::TempDataDir a;
        test::TempDataDir b;
        SingleInstance first(a.path());
        QVERIFY(first.listen());
        QVERIFY(!SingleInstance(b.path()).handOver(SingleInstance::Request::Raise, 500));
        SingleInstance other(b.path());
        QVERIFY(other.listen());
    }

    void nobodyRunningMeansNoHandOver()
    {
        test::TempDataDir dir;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!SingleInstance(dir.path()).handOver(SingleInstance::Request::Raise));
        QVERIFY(timer.elapsed() < 2000); // a missing socket fails at once, not by timeout
    }

    void staleSocketAfterACrashIsReplaced()
    {
        test::TempDataDir dir;
        SingleInstance instance(dir.path());
        QFile::remove(instance.serverName());
        QVERIFY(makeStaleSocket(instance.serverName()));
        QVERIFY(!SingleInstance(dir.path()).handOver(SingleInstance::Request::Raise, 500));
        FC_VERIFY_OK(instance.listen());
        QVERIFY(instance.isListening());
    }

    void aLiveInstanceIsNotTakenOver()
    {
        test::TempDataDir dir;
        SingleInstance first(dir.path());
        QVERIFY(first.listen());
        SingleInstance second(dir.path());
        QString error;
        QVERIFY(test::fails(second.listen(), &error));
        QVERIFY2(error.contains(u"already"), qPrintable(error));
        QVERIFY(first.isListening());
    }
};

FC_UI_TEST_MAIN(TstSingleInstance)
#include "tst_singleinstance.moc"
