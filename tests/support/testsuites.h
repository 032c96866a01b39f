#pragma once

#include "verifyok.h"

#include <QCoreApplication>
#include <QTest>

// All QtTest suites of one kind are linked into one executable (fc-core-tests, fc-ui-tests): one
// link and one moc run instead of one per suite. ctest still runs every suite as its own process
// and its own test, by name: `fc-core-tests tst_csv [QtTest options]`.
namespace fc::test {

// A suite's own main(), called with the suite's name taken out of the arguments.
using SuiteMain = int (*)(int argc, char *argv[]);

// Registers the suite of SOURCE_FILE (its base name, e.g. "tst_csv"). Returns true so that it
// can initialise a static.
bool registerSuite(const char *sourceFile, SuiteMain main);

// Runs the suite named by argv[1]; lists the suites when it is missing or unknown.
int runSuite(int argc, char *argv[]);

// The suite this process runs: a suite that starts itself again as a child passes it first.
QString currentSuite();

} // namespace fc::test

// The QTEST_GUILESS_MAIN / QTEST_MAIN of a suite linked with the others.
#define FC_TEST_SUITE_MAIN(ApplicationClass, TestClass)                                            \
    namespace {                                                                                    \
    int fcSuiteMain(int argc, char *argv[])                                                        \
    {                                                                                              \
        ApplicationClass app(argc, argv);                                                          \
        QTest::setMainSourcePath(__FILE__);                                                        \
        TestClass suite;                                                                           \
        return QTest::qExec(&suite, argc, argv);                                                   \
    }                                                                                              \
    const bool fcSuiteRegistered = ::fc::test::registerSuite(__FILE__, &fcSuiteMain);              \
    }

#define FC_CORE_TEST_MAIN(TestClass) FC_TEST_SUITE_MAIN(QCoreApplication, TestClass)
