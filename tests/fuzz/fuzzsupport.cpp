#include "fuzzsupport.h"

#include "articles/articlelibrary.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

namespace fc::fuzz {

void quietLogging()
{
    static const bool done = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("fc.*=false"));
        return true;
    }();
    Q_UNUSED(done)
}

void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static const QCoreApplication app(argc, argv);
}

void ensureGuiApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static const QGuiApplication app(argc, argv);
}

const ArticleLibrary &bundledLibrary()
{
    static const ArticleLibrary library = [] {
        ArticleLibrary l;
        if (const fc::Result outcome = l.loadBundled(); !outcome) {
            std::fprintf(stderr, "bundled library does not load: %s\n",
                         qPrintable(outcome.message()));
            std::abort();
        }
        return l;
    }();
    return library;
}

} // namespace fc::fuzz
