#include "journal/entities.h"
#include "ui/scoreinput.h"
#include "uitestmain.h"

#include <QAccessibleValueInterface>
#include <QStyleOptionSlider>
#include <QtTest/qtestaccessible.h>

using namespace fc;

namespace {

Symptom pain()
{
    Symptom s;
    s.key = QStringLiteral("pain");
    s.name = QStringLiteral("Pain");
    s.lowLabel = QStringLiteral("none");
    s.midLabel = QStringLiteral("moderate");
    s.highLabel = QStringLiteral("worst imaginable");
    return s;
}

QPoint pointForValue(ScoreInput *input, int value)
{
    QStyleOptionSlider opt;
    opt.initFrom(input);
    opt.orientation = Qt::Horizontal;
    opt.minimum = input->minimum();
    opt.maximum = input->maximum();
    opt.sliderPosition = input->value();
    opt.sliderValue = input->value();
    opt.tickPosition = input->tickPosition();
    opt.tickInterval = input->tickInterval();
    opt.subControls = QStyle::SC_SliderGroove | QStyle::SC_SliderHandle;
    const QRect groove =
        input->style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, input);
    const QRect handle =
        input->style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, input);
    const int span = groove.width() - handle.width();
    const int x = groove.x() + handle.width() / 2 +
                  QStyle::sliderPositionFromValue(0, 10, value, span, false);
    return {x, input->height() / 2};
}

// Accessibility events only flow where the platform has an accessibility bridge (AT-SPI under
// X11 or Wayland); the offscreen platform the tests normally run on has none, so there the
// interface is checked and the events are not.
bool hasValueEvent(ScoreInput *input, const QVariant &value)
{
    if (!QAccessible::isActive())
        return true;
    QAccessibleValueChangeEvent expected(input, value);
    return QTestAccessibility::containsEvent(&expected);
}

} // namespace

class TstScoreInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QTestAccessibility::initialize();
        QAccessible::setActive(true);
    }

    void announcesNameValueAndMeaning()
    {
        ScoreInput input(pain());
        input.show();
        QVERIFY(QTest::qWaitForWindowExposed(&input));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&input);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::Slider);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Pain"));
        QCOMPARE(iface->text(QAccessible::Value), QStringLiteral("Not logged"));
        QAccessibleValueInterface *value = iface->valueInterface();
        QVERIFY(value);
        QVERIFY(!value->currentValue().isValid()); // "not logged" is not 0
        QCOMPARE(value->minimumValue().toInt(), 0);
        QCOMPARE(value->maximumValue().toInt(), 10);
        QCOMPARE(value->minimumStepSize().toInt(), 1);

        QTestAccessibility::clearEvents();
        input.setFocus();
        QTest::keyClick(&input, Qt::Key_7);
        QCOMPARE(input.score(), 7);
        QCOMPARE(iface->text(QAccessible::Value), QStringLiteral("7 of 10"));
        QCOMPARE(value->currentValue().toInt(), 7);
        QVERIFY(iface->text(QAccessible::Description)
                    .startsWith(QLatin1String("Pain: 7 of 10. 0 means none, 10 means worst "
                                              "imaginable.")));
        QVERIFY(hasValueEvent(&input, 7));

        QTest::keyClick(&input, Qt::Key_0);
        QCOMPARE(iface->text(QAccessible::Value), QStringLiteral("0 of 10, none"));
        QVERIFY(hasValueEvent(&input, 0));
        QTest::keyClick(&input, Qt::Key_End);
        QCOMPARE(iface->text(QAccessible::Value), QStringLiteral("10 of 10, worst imaginable"));

        QTestAccessibility::clearEvents();
        QTest::keyClick(&input, Qt::Key_Delete);
        QVERIFY(!input.hasScore());
        QCOMPARE(iface->text(QAccessible::Value), QStringLiteral("Not logged"));
        QVERIFY(!value->currentValue().isValid());
        QVERIFY(hasValueEvent(&input, QVariant()));
        QVERIFY(
            iface->text(QAccessible::Description).startsWith(QLatin1String("Pain: Not logged.")));

        // Assistive technology can set the value too.
        value->setCurrentValue(4);
        QVERIFY(input.hasScore());
        QCOMPARE(input.score(), 4);
        value->setCurrentValue(QVariant());
        QVERIFY(!input.hasScore());
    }

    void oneClickSetsTheScoreUnderThePointer()
    {
        ScoreInput input(pain());
        input.resize(400, input.sizeHint().height());
        input.show();
        QVERIFY(QTest::qWaitForWindowExposed(&input));
        for (int v : {3, 9, 0, 10, 5}) {
            QTest::mouseClick(&input, Qt::LeftButton, {}, pointForValue(&input, v));
            QVERIFY(input.hasScore());
            QCOMPARE(input.score(), v);
            QCOMPARE(input.valueText(), v == 0    ? QStringLiteral("0 (none)")
                                        : v == 5  ? QStringLiteral("5 (moderate)")
                                        : v == 10 ? QStringLiteral("10 (worst imaginable)")
                                                  : QString::number(v));
        }
    }

    void anEmptyScoreShowsNoHandle()
    {
        ScoreInput input(pain());
        input.resize(300, input.sizeHint().height());
        input.show();
        QVERIFY(QTest::qWaitForWindowExposed(&input));
        const QImage empty = input.grab().toImage();
        input.setScore(0);
        const QImage zero = input.grab().toImage();
        QVERIFY(empty != zero); // a logged 0 looks different from nothing logged
        input.clearScore();
        QVERIFY(input.grab().toImage() != zero);
    }

    void arrowKeysStartAtTheMiddle()
    {
        ScoreInput input(pain());
        input.show();
        input.setFocus();
        QTest::keyClick(&input, Qt::Key_Right);
        QCOMPARE(input.score(), 5);
        QTest::keyClick(&input, Qt::Key_Right);
        QCOMPARE(input.score(), 6);
        // Modified digits are shortcuts for someone else, not scores.
        QTest::keyClick(&input, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(input.score(), 6);
    }
};

FC_UI_TEST_MAIN(TstScoreInput)
#include "tst_scoreinput.moc"
