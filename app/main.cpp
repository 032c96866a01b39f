#include "core/appinfo.h"
#include "core/commandline.h"
#include "core/datafolderlock.h"
#include "core/translations.h"
#include "ui/appcontext.h"
#include "ui/desktop/desktopintegration.h"
#include "ui/desktop/singleinstance.h"
#include "ui/headlessjob.h"
#include "ui/journal/journalrecovery.h"
#include "ui/mainwindow.h"
#include "ui/web/appscheme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <iterator>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// How long a window waits for a job to finish with the data folder (a window in use is handed
// the request instead); a job waits CommandLine::waitSeconds.
constexpr int windowLockWaitMs = 20000;

bool wantsTextOnly(const QStringList &args)
{
    return std::any_of(args.begin() + 1, args.end(), [](const QString &a) {
        return a == u"-h" || a == u"--help" || a == u"-v" || a == u"--version";
    });
}

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

// A command-line job draws its PDF on the offscreen platform, where Chromium has no OpenGL; Qt
// WebEngine says so on every run. Those lines tell the user nothing about their job, so a job
// drops exactly them and passes every other message on.
QtMessageHandler g_defaultHandler = nullptr;

void dropOffscreenGraphicsNoise(QtMsgType type, const QMessageLogContext &context,
                                const QString &message)
{
    static const QLatin1String noise[] = {
        QLatin1String("WebEngineContext used before QtWebEngineCore::initialize()"),
        QLatin1String("No suitable graphics backend found")};
    if (type == QtWarningMsg && std::any_of(std::begin(noise), std::end(noise),
                                            [&](QLatin1String n) { return message.startsWith(n); }))
        return;
    g_defaultHandler(type, context, message);
}

int printResult(const fc::CommandLineResult &result)
{
    if (result.action == fc::CommandLineResult::Action::Fail) {
        std::fprintf(stderr, "fibro-companion: %s\n", qPrintable(result.text));
        return 1;
    }
    std::fputs(qPrintable(result.text), stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Everything the app writes (journal, backups, exports) is health data: owner-only.
    umask(0077);

    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("fc.*.debug=false\nfc.*.info=false\n"
                                                        "qt.webenginecontext.info=false"));

    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (wantsTextOnly(args)) {
        QCoreApplication app(argc, argv);
        fc::AppInfo::applyToApplication();
        return printResult(fc::parseCommandLine(args));
    }

    if (geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX")) {
        // Chromium refuses to start its sandbox as root; running as root is the user's choice.
        std::fputs("fibro-companion: warning: running as root, so the web view's sandbox is "
                   "disabled. Run as a normal user to keep it.\n",
                   stderr);
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    }

    {
        // Peek for a job before the GUI exists: jobs must also run where there is no display.
        const fc::CommandLineResult peek = fc::parseCommandLine(args);
        if (peek.action == fc::CommandLineResult::Action::Fail)
            return printResult(peek); // a usage error needs no window system
        if (peek.action == fc::CommandLineResult::Action::Run && peek.options.isHeadlessJob()) {
            if (!hasDisplay())
                qputenv("QT_QPA_PLATFORM", "offscreen");
            g_defaultHandler = qInstallMessageHandler(dropOffscreenGraphicsNoise);
        }
    }

    fc::registerAppScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    fc::AppInfo::applyToApplication();
    fc::Translations::install();

    const fc::CommandLineResult parsed = fc::parseCommandLine(args);
    if (parsed.action != fc::CommandLineResult::Action::Run)
        return printResult(parsed);
    const fc::CommandLine &options = parsed.options;

    fc::AppContext context(options.dataDir);
    // One writer per data folder (DataFolderLock): made first, so its lock file has a home. A
    // folder that cannot be made is reported by initialize() below.
    (void)context.dataDirectory().ensureExists();
    fc::DataFolderLock lock(context.dataDirectory().path());
    if (options.isHeadlessJob()) {
        // A job waits a little for the window or another job to finish with the folder, then
        // says plainly that the journal is in use and changes nothing.
        if (const fc::Result locked = lock.acquire(options.waitSeconds * 1000); !locked) {
            if (lock.heldByAnother()) {
                std::fprintf(stderr, "fibro-companion: %s\n", qPrintable(locked.message()));
                return 1;
            }
            // No lock can be made in a read-only folder; opening the journal says what it can.
            std::fprintf(stderr, "fibro-companion: warning: %s\n", qPrintable(locked.message()));
        }
        // --restore is how a damaged journal is replaced without a window.
        if (const fc::Result opened = context.initialize();
            !opened && !(!options.restore.isEmpty() &&
                         context.journalStatus() == fc::JournalDatabase::Status::Damaged)) {
            std::fprintf(stderr, "fibro-companion: %s\n", qPrintable(opened.message()));
            return 1;
        }
        fc::HeadlessJob job(&context, options);
        QObject::connect(&job, &fc::HeadlessJob::finished, &app, &QCoreApplication::exit);
        job.start();
        return app.exec();
    }

    // Before the journal is opened: a second window on the same data folder is never wanted.
    // Whoever holds the folder's lock is a window (hand the request over to it) or a job (wait
    // for it to end). The folder was made above, so its canonical path, which names the
    // instance, is stable; a failure to make it is reported by initialize() below.
    fc::SingleInstance instance(context.dataDirectory().path());
    const auto request =
        options.checkIn ? fc::SingleInstance::Request::CheckIn : fc::SingleInstance::Request::Raise;
    QElapsedTimer waiting;
    waiting.start();
    for (fc::Result locked = lock.acquire(0); !locked; locked = lock.acquire(0)) {
        if (!lock.heldByAnother()) {
            std::fprintf(stderr, "fibro-companion: warning: %s\n", qPrintable(locked.message()));
            break;
        }
        if (instance.handOver(request)) {
            std::printf("%s\n",
                        qPrintable(QObject::tr("Fibro Companion is already running with %1; "
                                               "its window was brought to the front.")
                                       .arg(context.dataDirectory().path())));
            return 0;
        }
        if (waiting.elapsed() > windowLockWaitMs) {
            std::fprintf(stderr, "fibro-companion: %s\n", qPrintable(locked.message()));
            QMessageBox::critical(nullptr, fc::AppInfo::displayName(), locked.message());
            return 1;
        }
        QThread::msleep(200);
    }
    if (const fc::Result listening = instance.listen(); !listening)
        std::fprintf(stderr, "fibro-companion: warning: %s\n", qPrintable(listening.message()));

    app.setWindowIcon(
        QIcon::fromTheme(fc::AppInfo::id(), QIcon(QStringLiteral(":/web/app-icon.png"))));
    if (const fc::Result opened = context.initialize();
        !opened && (context.journalStatus() != fc::JournalDatabase::Status::Damaged ||
                    !fc::offerJournalRecovery(context, opened.message()))) {
        if (context.journalStatus() == fc::JournalDatabase::Status::Damaged)
            return 1;
        QMessageBox::critical(
            nullptr, fc::AppInfo::displayName(),
            QObject::tr("Fibro Companion cannot start:\n\n%1").arg(opened.message()));
        return 1;
    }
    fc::MainWindow window(&context);
    window.desktop()->attach(&instance);
    window.show();
    if (options.checkIn)
        QTimer::singleShot(0, &window, &fc::MainWindow::openCheckIn);
    return app.exec();
}
