// fc-sidebar-probe [--articles N] [--dump]: times the library sidebar's own work at scale, apart
// from the rest of the start-up. The bundled articles plus N made-up imported ones (5,000 by
// default, two topics each, as bench/library.cpp writes them) are listed in a shown tree; it
// prints the median of each step: building the tree, marking the open article, typing a filter
// letter by letter, clearing it, opening the largest topic. --dump prints the tree's visible
// rows instead, to compare its shape before and after a change.
#include "articles/articlelibrary.h"
#include "ui/librarysidebar.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QTreeWidgetItemIterator>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

fc::ArticleLibrary makeLibrary(int importedCount)
{
    fc::ArticleLibrary library;
    if (const fc::Result outcome = library.loadBundled(); !outcome)
        std::fprintf(stderr, "bundled library: %s\n", qPrintable(outcome.message()));
    static const char *const topics[] = {"medications", "supplements",  "movement", "cannabis",
                                         "pain",        "sleep",        "fatigue",  "brain-fog",
                                         "mood",        "fibromyalgia", "me-cfs"};
    static const char *const words[] = {"magnesium", "pacing",   "sleep",  "naltrexone",
                                        "walking",   "vitamin",  "relief", "serotonin",
                                        "massage",   "kalomiser"};
    for (int n = 0; n < importedCount; ++n) {
        fc::Article a;
        a.slug = QStringLiteral("generated-%1").arg(n, 4, 10, QLatin1Char('0'));
        a.title = QStringLiteral("%1 and %2: notes %3")
                      .arg(QLatin1String(words[n % 10]), QLatin1String(words[(n / 10) % 10]))
                      .arg(n, 4, 10, QLatin1Char('0'));
        a.summary =
            QStringLiteral("What %1 readers reported about %2 over twelve weeks.")
                .arg(QLatin1String(words[(n / 7) % 10]), QLatin1String(words[(n / 3) % 10]));
        a.topics = QStringList{QLatin1String(topics[n % 11])};
        if ((n / 11) % 11 != n % 11)
            a.topics << QLatin1String(topics[(n / 11) % 11]);
        a.origin = fc::Article::Origin::Imported;
        if (const fc::Result outcome = library.add(a); !outcome)
            std::fprintf(stderr, "%s\n", qPrintable(outcome.message()));
    }
    return library;
}

// Runs step (and the layout and painting it causes) runs times; returns the median in ms.
double medianMs(int runs, const std::function<void()> &step, QWidget *shown)
{
    QVector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        step();
        QCoreApplication::processEvents();
        shown->repaint();
        samples << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

void dump(const fc::LibrarySidebar &tree)
{
    for (QTreeWidgetItemIterator it(const_cast<fc::LibrarySidebar *>(&tree),
                                    QTreeWidgetItemIterator::NotHidden);
         *it; ++it) {
        int depth = 0;
        for (QTreeWidgetItem *p = (*it)->parent(); p; p = p->parent())
            ++depth;
        bool shown = true;
        for (QTreeWidgetItem *p = (*it)->parent(); p; p = p->parent())
            shown = shown && p->isExpanded();
        if (shown)
            std::printf("%*s%s%s\n", depth * 2, "", qPrintable((*it)->text(0)),
                        (*it)->font(0).bold() && depth > 0 ? "  [bold]" : "");
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption countOption(QStringLiteral("articles"),
                                         QStringLiteral("Imported articles to make up."),
                                         QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption dumpOption(QStringLiteral("dump"),
                                        QStringLiteral("Print the visible rows."));
    parser.addOptions({countOption, dumpOption});
    parser.addHelpOption();
    parser.process(app);

    const fc::ArticleLibrary library = makeLibrary(parser.value(countOption).toInt());
    const QStringList recent{QStringLiteral("low-dose-naltrexone"),
                             QStringLiteral("magnesium-threonate-brain-fog")};
    if (parser.isSet(dumpOption)) {
        fc::LibrarySidebar tree(&library);
        tree.resize(360, 800);
        tree.show();
        tree.setRecent(recent);
        tree.setCurrentArticle(recent.first());
        QCoreApplication::processEvents();
        dump(tree);
        return 0;
    }

    std::printf("%d articles\n", int(library.articles().size()));
    auto report = [](const char *step, double ms) {
        std::printf("%-40s %8.2f ms\n", step, ms);
    };
    {
        QWidget holder;
        holder.resize(360, 800);
        holder.show();
        report("build the tree (construct + recent)",
               medianMs(
                   9,
                   [&] {
                       fc::LibrarySidebar tree(&library, &holder);
                       tree.resize(360, 800);
                       tree.show();
                       tree.setRecent(recent);
                       tree.setCurrentArticle(recent.first());
                       QCoreApplication::processEvents();
                       tree.repaint();
                   },
                   &holder));
    }
    fc::LibrarySidebar tree(&library);
    tree.resize(360, 800);
    tree.show();
    tree.setRecent(recent);
    report("rebuild", medianMs(
                          9, [&] { tree.rebuild(); }, &tree));
    int article = 0;
    report("open another article", medianMs(
                                       9,
                                       [&] {
                                           const QString slug =
                                               library.articles()[article++ * 97].slug;
                                           tree.setCurrentArticle(slug);
                                           tree.setRecent(QStringList{slug} + recent);
                                       },
                                       &tree));
    // Each letter of a word typed into an empty filter, then the filter cleared: the median
    // over the runs of the slowest letter.
    for (const QString &word :
         {QStringLiteral("magnesium"), QStringLiteral("e"), QStringLiteral("sleep relief")}) {
        QVector<double> slowestLetter;
        QVector<double> clearing;
        for (int run = 0; run < 5; ++run) {
            double slowest = 0;
            for (int i = 1; i <= word.size(); ++i)
                slowest = std::max(slowest, medianMs(
                                                1, [&] { tree.setFilter(word.left(i)); }, &tree));
            slowestLetter << slowest;
            clearing << medianMs(
                1, [&] { tree.setFilter(QString()); }, &tree);
        }
        std::sort(slowestLetter.begin(), slowestLetter.end());
        std::sort(clearing.begin(), clearing.end());
        report(qPrintable(QStringLiteral("filter \"%1\", slowest letter").arg(word)),
               slowestLetter[2]);
        report("  then clear the filter", clearing[2]);
    }
    report("articleSlugs()", medianMs(
                                 5, [&] { (void)tree.articleSlugs(); }, &tree));
    report("visibleSlugs()", medianMs(
                                 5, [&] { (void)tree.visibleSlugs(); }, &tree));
    // The longest list, by the count in its label: the topic rows may not exist yet.
    QTreeWidgetItem *largest = nullptr;
    int largestCount = 0;
    static const QRegularExpression countPattern(QStringLiteral("\\((\\d+)\\)$"));
    for (QTreeWidgetItemIterator it(&tree); *it; ++it) {
        const int count = countPattern.match((*it)->text(0)).captured(1).toInt();
        if (count > largestCount) {
            largest = *it;
            largestCount = count;
        }
    }
    if (!largest)
        return 0;
    report("open the longest list", medianMs(
                                        5,
                                        [&] {
                                            largest->setExpanded(false);
                                            largest->setExpanded(true);
                                        },
                                        &tree));
    // End and Home in it: the rows between are measured for their heights.
    tree.setFocus();
    tree.setCurrentItem(largest);
    bool atEnd = false;
    report("End, then Home, in the open longest list",
           medianMs(
               5,
               [&] {
                   QKeyEvent key(QEvent::KeyPress, atEnd ? Qt::Key_Home : Qt::Key_End,
                                 Qt::NoModifier);
                   QCoreApplication::sendEvent(&tree, &key);
                   atEnd = !atEnd;
               },
               &tree));
    report("filter \"sleep\" with the longest list open",
           medianMs(
               5,
               [&] {
                   tree.setFilter(QString());
                   tree.setFilter(QStringLiteral("sleep"));
               },
               &tree));
    tree.setFilter(QString());
    return 0;
}
