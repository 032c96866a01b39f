// fc-startup-probe DATA_DIR [--wait-for-index]: starts the way fibro-companion's window does
// (scheme, QApplication, AppContext, MainWindow) and, when the article view reports its first page
// loaded, prints the milliseconds since the parent's FC_BENCH_T0_NS (steady clock) and the summed
// peak resident memory of this process and its WebEngine children in KiB, then quits. It adds no
// hook to the app itself: loadFinished is the view's own signal. With --wait-for-index it also
// waits for a background index build to finish before quitting, as a user who leaves the app open
// would: the next start then finds the library cache.
#include "appcontext.h"
#include "articleview.h"
#include "mainwindow.h"
#include "support/processstats.h"
#include "web/appscheme.h"

#include <QApplication>
#include <QTimer>
#include <chrono>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    umask(0077);
    if (argc < 2) {
        std::fprintf(stderr, "usage: fc-startup-probe DATA_DIR\n");
        return 2;
    }
    const qint64 t0 = qEnvironmentVariable("FC_BENCH_T0_NS").toLongLong();
    if (geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    fc::registerAppScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    fc::AppContext context(QString::fromLocal8Bit(argv[1]));
    QString error;
    if (!context.initialize(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const bool waitForIndex = argc > 2 && qstrcmp(argv[2], "--wait-for-index") == 0;
    fc::MainWindow window(&context);
    QObject::connect(&context, &fc::AppContext::articleIndexReady, &app, [&] {
        if (waitForIndex)
            app.exit(0);
    });
    QObject::connect(window.articleView(), &QWebEngineView::loadFinished, &app, [&](bool ok) {
        const qint64 now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                               std::chrono::steady_clock::now().time_since_epoch())
                               .count();
        std::printf("%.1f %lld\n", double(now - t0) / 1e6,
                    static_cast<long long>(fc::bench::treePeakResidentKb(getpid())));
        std::fflush(stdout);
        if (!ok || !waitForIndex || !context.isIndexing())
            app.exit(ok ? 0 : 1);
    });
    QTimer::singleShot(120000, &app, [&] {
        std::fprintf(stderr, "no article shown after 120 s\n");
        app.exit(1);
    });
    window.show();
    return app.exec();
}
