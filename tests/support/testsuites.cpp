#include "testsuites.h"

#include <QFileInfo>
#include <QMap>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace fc::test {
namespace {

// Filled by static initialisers, before main(): a function-local static has a defined order.
QMap<QString, SuiteMain> &suites()
{
    static QMap<QString, SuiteMain> registered;
    return registered;
}

QString &runningSuite()
{
    static QString name;
    return name;
}

} // namespace

bool registerSuite(const char *sourceFile, SuiteMain main)
{
    const QString name = QFileInfo(QString::fromLocal8Bit(sourceFile)).completeBaseName();
    if (suites().contains(name)) {
        std::fprintf(stderr, "two test suites are called %s\n", qPrintable(name));
        std::abort();
    }
    suites().insert(name, main);
    return true;
}

int runSuite(int argc, char *argv[])
{
    const QString name = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const auto suite = suites().constFind(name);
    if (suite == suites().constEnd()) {
        std::fprintf(stderr, "usage: %s SUITE [QtTest options]\nsuites:\n", argv[0]);
        for (const QString &known : suites().keys())
            std::fprintf(stderr, "  %s\n", qPrintable(known));
        return 2;
    }
    runningSuite() = name;
    // QtTest sees the arguments it would see in an executable of its own.
    std::vector<char *> arguments{argv[0]};
    arguments.insert(arguments.end(), argv + 2, argv + argc);
    arguments.push_back(nullptr);
    int count = argc - 1;
    return (*suite)(count, arguments.data());
}

QString currentSuite()
{
    return runningSuite();
}

} // namespace fc::test
