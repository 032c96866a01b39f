#pragma once

// A fresh data folder and an initialised AppContext for each UI test function. Afterwards the
// appearance is put back to light, normal size, so the next function starts as a new user would.

#include "testsupport.h"
#include "ui/access/appearance.h"
#include "ui/appcontext.h"

#include <QtTest>
#include <memory>

namespace fc::test {

struct AppFixture
{
    std::unique_ptr<TempDataDir> dir;
    std::unique_ptr<AppContext> context;

    // Call as QVERIFY(fixture.start()) from init().
    bool start()
    {
        dir = std::make_unique<TempDataDir>();
        context = std::make_unique<AppContext>(dir->path());
        if (const Result opened = context->initialize(); !opened) {
            qWarning("AppContext::initialize: %s", qPrintable(opened.message()));
            return false;
        }
        return true;
    }

    // The text sizes every accessibility walk runs at: a data function calls this, the test
    // function applyTextSize() once its window is built (the window applies saved settings).
    static void addTextSizeRows()
    {
        QTest::addColumn<double>("factor");
        QTest::addColumn<bool>("dark");
        QTest::newRow("normal, light") << 1.0 << false;
        QTest::newRow("large type, dark") << Appearance::largeTypeFactor << true;
        QTest::newRow("200%, dark") << 2.0 << true;
    }

    void applyTextSize()
    {
        QFETCH(double, factor);
        QFETCH(bool, dark);
        context->settings().setTheme(dark ? Settings::Theme::Dark : Settings::Theme::Light);
        Appearance::apply(context->settings());
        Appearance::setTextScale(factor);
    }

    // From cleanup().
    void stop()
    {
        if (context) {
            context->settings().setTheme(Settings::Theme::Light);
            context->settings().setLargeType(false);
            Appearance::apply(context->settings());
        }
        context.reset();
        dir.reset();
    }
};

} // namespace fc::test
