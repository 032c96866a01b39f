#pragma once

#include "testsuites.h"
#include "ui/web/appscheme.h"

#include <QApplication>
#include <QStandardPaths>
#include <QtTest>

// The app scheme must be registered before QApplication exists, so UI tests cannot use
// QTEST_MAIN as it is.
#define FC_UI_TEST_MAIN(TestClass)                                                                 \
    namespace {                                                                                    \
    int fcSuiteMain(int argc, char *argv[])                                                        \
    {                                                                                              \
        fc::registerAppScheme();                                                                   \
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);                                \
        QApplication app(argc, argv);                                                              \
        QStandardPaths::setTestModeEnabled(true);                                                  \
        TestClass suite;                                                                           \
        return QTest::qExec(&suite, argc, argv);                                                   \
    }                                                                                              \
    const bool fcSuiteRegistered = ::fc::test::registerSuite(__FILE__, &fcSuiteMain);              \
    }
