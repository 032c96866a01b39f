// fc-startup-probe DATA_DIR [MODE]: starts the way fibro-companion's window does (scheme,
// QApplication, AppContext, MainWindow), measures one moment of it and quits. Times are
// milliseconds since the parent's FC_BENCH_T0_NS (steady clock). It adds no hook to the app:
// it watches the window system's expose events and the views' own signals.
//
// MODE, and what it prints on one line:
//   (none)            the article view asked for at once, as when the Library is the first thing
//                     shown: "<ms to first article loaded> <KiB peak RSS of the process tree>"
//   --wait-for-index  as above, then waits for a background index build to finish, as a user
//                     who leaves the app open would: the next start then finds the library cache
//   --today           the window as it starts, on Today: "<ms to window exposed> <KiB PSS of the
//                     tree 1 s later> <web engine processes then>"
//   --check-in        as --check-in starts: the same three figures for the check-in dialog
//   --today-library   a Today start, then the Library 0.5 s after the window is up:
//                     "<ms from switching to the article loaded> <KiB peak RSS of the tree>"
#include "support/processstats.h"
#include "ui/appcontext.h"
#include "ui/mainwindow.h"
#include "ui/readersection.h"
#include "ui/web/appscheme.h"

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <QWindow>
#include <chrono>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace {

double msSince(qint64 t0)
{
    const qint64 now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                           std::chrono::steady_clock::now().time_since_epoch())
                           .count();
    return double(now - t0) / 1e6;
}

int webEngineProcesses()
{
    int count = 0;
    for (pid_t pid : fc::bench::processTree(getpid()))
        if (pid != getpid() && fc::bench::peakResidentKb(pid) > 0)
            ++count;
    return count;
}

// Calls onExposed once, when a top-level window that `wanted` accepts is first exposed.
class ExposeWatch : public QObject
{
public:
    ExposeWatch(std::function<bool(QWindow *)> wanted, std::function<void()> onExposed)
        : m_wanted(std::move(wanted))
        , m_onExposed(std::move(onExposed))
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && !m_done) {
            auto *window = qobject_cast<QWindow *>(watched);
            if (window && window->isExposed() && m_wanted(window)) {
                m_done = true;
                // After the expose is handled, that is, once the first frame is drawn.
                QTimer::singleShot(0, this, [this] { m_onExposed(); });
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool(QWindow *)> m_wanted;
    std::function<void()> m_onExposed;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    umask(0077);
    if (argc < 2) {
        std::fprintf(stderr, "usage: fc-startup-probe DATA_DIR [MODE]\n");
        return 2;
    }
    const qint64 t0 = qEnvironmentVariable("FC_BENCH_T0_NS").toLongLong();
    const QByteArray mode = argc > 2 ? QByteArray(argv[2]) : QByteArray();
    if (geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    fc::registerAppScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    fc::AppContext context(QString::fromLocal8Bit(argv[1]));
    if (const fc::Result outcome = context.initialize(); !outcome) {
        std::fprintf(stderr, "%s\n", qPrintable(outcome.message()));
        return 1;
    }
    fc::MainWindow window(&context);
    QTimer::singleShot(120000, &app, [&] {
        std::fprintf(stderr, "nothing to measure after 120 s\n");
        app.exit(1);
    });

    std::unique_ptr<ExposeWatch> watch;
    if (mode == "--today" || mode == "--check-in") {
        const bool checkIn = mode == "--check-in";
        watch = std::make_unique<ExposeWatch>(
            [&](QWindow *w) {
                return checkIn ? w != window.windowHandle() : w == window.windowHandle();
            },
            [&, t0] {
                const double shown = msSince(t0);
                // A moment later, as a user reads the screen: still no web engine.
                QTimer::singleShot(1000, &app, [&, shown] {
                    std::printf("%.1f %lld %d\n", shown,
                                static_cast<long long>(fc::bench::treeProportionalKb(getpid())),
                                webEngineProcesses());
                    std::fflush(stdout);
                    std::_Exit(0); // a modal check-in holds its own event loop
                });
            });
        window.show();
        if (checkIn)
            QTimer::singleShot(0, &window, &fc::MainWindow::openCheckIn);
        return app.exec();
    }

    if (mode == "--today-library") {
        qint64 switched = 0;
        QObject::connect(window.reader(), &fc::ReaderSection::articleLoaded, &app, [&] {
            std::printf("%.1f %lld\n", msSince(switched),
                        static_cast<long long>(fc::bench::treePeakResidentKb(getpid())));
            std::fflush(stdout);
            app.exit(0);
        });
        watch = std::make_unique<ExposeWatch>(
            [&](QWindow *w) { return w == window.windowHandle(); },
            [&] {
                QTimer::singleShot(500, &app, [&] {
                    switched = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                   std::chrono::steady_clock::now().time_since_epoch())
                                   .count();
                    window.showSection(QStringLiteral("library"));
                });
            });
        window.show();
        return app.exec();
    }

    const bool waitForIndex = mode == "--wait-for-index";
    QObject::connect(&context, &fc::AppContext::articleIndexReady, &app, [&] {
        if (waitForIndex)
            app.exit(0);
    });
    QObject::connect(window.reader(), &fc::ReaderSection::articleLoaded, &app, [&] {
        std::printf("%.1f %lld\n", msSince(t0),
                    static_cast<long long>(fc::bench::treePeakResidentKb(getpid())));
        std::fflush(stdout);
        if (!waitForIndex || !context.isIndexing())
            app.exit(0);
    });
    // The Library first: the view, and with it the engine, from the start.
    window.reader()->view();
    window.show();
    return app.exec();
}
