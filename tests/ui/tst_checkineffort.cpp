#include "appfixture.h"
#include "testsupport.h"
#include "ui/appcontext.h"
#include "ui/checkindialog.h"
#include "ui/mainwindow.h"
#include "ui/scoreinput.h"
#include "ui/today/todaysection.h"
#include "ui/today/todayview.h"
#include "uitestmain.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QStyleOptionSlider>
#include <QTimer>

using namespace fc;

namespace {

// Counts every key press and click a user makes, and makes them on the real widgets.
struct Effort
{
    int keys = 0;
    int clicks = 0;

    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++keys;
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClick(target, key, modifiers);
    }
    void click(QWidget *widget, QPoint at = {})
    {
        ++clicks;
        QTest::mouseClick(widget, Qt::LeftButton, {}, at.isNull() ? widget->rect().center() : at);
    }
};

QPoint pointForScore(ScoreInput *input, int score)
{
    QStyleOptionSlider opt;
    opt.initFrom(input);
    opt.orientation = Qt::Horizontal;
    opt.minimum = 0;
    opt.maximum = 10;
    opt.sliderPosition = opt.sliderValue = input->value();
    opt.tickPosition = input->tickPosition();
    opt.tickInterval = input->tickInterval();
    opt.subControls = QStyle::SC_SliderGroove | QStyle::SC_SliderHandle;
    const QRect groove =
        input->style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, input);
    const QRect handle =
        input->style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, input);
    return {
        groove.x() + handle.width() / 2 +
            QStyle::sliderPositionFromValue(0, 10, score, groove.width() - handle.width(), false),
        input->height() / 2};
}

// Runs `inDialog` once the check-in dialog that `open` starts is up and has focus. The dialog is
// modal (exec), so the steps inside it run from the dialog's own event loop.
void whileCheckInIsOpen(const std::function<void()> &open,
                        const std::function<void(CheckInDialog *)> &inDialog)
{
    bool ran = false;
    QTimer::singleShot(0, [&] {
        CheckInDialog *dialog = nullptr;
        const bool up = QTest::qWaitFor(
            [&] {
                dialog = qobject_cast<CheckInDialog *>(QApplication::activeModalWidget());
                return dialog && dialog->isActiveWindow() && QApplication::focusWidget() &&
                       QApplication::focusWidget()->window() == dialog;
            },
            10000);
        QVERIFY2(up && dialog,
                 qPrintable(QStringLiteral("modal %1, active %2, focus %3")
                                .arg(QApplication::activeModalWidget() ? "yes" : "no",
                                     QApplication::activeWindow()
                                         ? QApplication::activeWindow()->metaObject()->className()
                                         : "none",
                                     QApplication::focusWidget()
                                         ? QApplication::focusWidget()->metaObject()->className()
                                         : "none")));
        ran = true;
        inDialog(dialog);
        if (dialog->isVisible())
            dialog->reject(); // a failed step must not leave the test waiting
    });
    open();
    QVERIFY(ran);
}

QMap<QString, double> fiveScores(const QVector<Symptom> &symptoms, const QList<int> &values)
{
    QMap<QString, double> scores;
    for (int i = 0; i < 5; ++i)
        scores.insert(symptoms[i].key, values[i]);
    return scores;
}

} // namespace

class TstCheckInEffort : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_app.start()); }
    void cleanup() { m_app.stop(); }

    void keyboardCheckInTakesAtMostTwelveKeys()
    {
        AppContext &context = *m_app.context;
        const QVector<Symptom> symptoms = context.journal().symptoms();
        QVERIFY(symptoms.size() >= 5);
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        Effort effort;
        whileCheckInIsOpen([&] { effort.key(Qt::Key_N, Qt::ControlModifier); },
                           [&](CheckInDialog *dialog) {
                               QCOMPARE(QApplication::focusWidget(),
                                        dialog->scoreInput(symptoms[0].key));
                               effort.key(Qt::Key_7);
                               effort.key(Qt::Key_Tab);
                               effort.key(Qt::Key_4);
                               effort.key(Qt::Key_Tab);
                               effort.key(Qt::Key_6);
                               effort.key(Qt::Key_Tab);
                               effort.key(Qt::Key_5);
                               effort.key(Qt::Key_Tab);
                               effort.key(Qt::Key_3);
                               effort.key(Qt::Key_Return);
                           });
        qInfo("keyboard check-in: %d keystrokes", effort.keys);
        QCOMPARE(effort.keys, 11);
        QVERIFY(effort.keys <= 12);
        auto saved = context.journal().checkIn(QDate::currentDate());
        QVERIFY(saved);
        QCOMPARE(saved->scores, fiveScores(symptoms, {7, 4, 6, 5, 3}));

        // Opening it again edits today's check-in: the scores are there, one key changes one.
        // (The window manager gives the window back its focus after a dialog; offscreen, the
        // test does.)
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        Effort again;
        whileCheckInIsOpen([&] { again.key(Qt::Key_N, Qt::ControlModifier); },
                           [&](CheckInDialog *dialog) {
                               for (int i = 0; i < 5; ++i)
                                   QCOMPARE(dialog->scoreInput(symptoms[i].key)->score(),
                                            QList<int>({7, 4, 6, 5, 3})[i]);
                               again.key(Qt::Key_8);
                               again.key(Qt::Key_Return);
                           });
        QCOMPARE(again.keys, 3);
        const QVector<CheckIn> all =
            context.journal().checkIns(QDate::currentDate().addDays(-1), QDate::currentDate());
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().id, saved->id);
        QCOMPARE(all.first().scores, fiveScores(symptoms, {8, 4, 6, 5, 3}));
        // The Today view hears of the save from the journal, on the next turn of the loop.
        QTRY_VERIFY(window.today()->view()->checkInText().contains(
            QStringLiteral("%1 8").arg(symptoms[0].name)));
    }

    void mouseCheckInTakesAtMostSevenClicks()
    {
        AppContext &context = *m_app.context;
        const QVector<Symptom> symptoms = context.journal().symptoms();
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        TodayView *today = window.today()->view();
        QVERIFY(today->checkInText().startsWith(QLatin1String("Not checked in")));

        Effort effort;
        const QList<int> values{2, 9, 0, 10, 6};
        whileCheckInIsOpen([&] { effort.click(today->checkInButton()); },
                           [&](CheckInDialog *dialog) {
                               for (int i = 0; i < 5; ++i) {
                                   ScoreInput *input = dialog->scoreInput(symptoms[i].key);
                                   effort.click(input, pointForScore(input, values[i]));
                               }
                               auto *box = dialog->findChild<QDialogButtonBox *>();
                               effort.click(box->button(QDialogButtonBox::Save));
                           });
        qInfo("mouse check-in: %d clicks", effort.clicks);
        QCOMPARE(effort.clicks, 7);
        QCOMPARE(effort.keys, 0);
        const auto saved = context.journal().checkIn(QDate::currentDate());
        QVERIFY(saved);
        QCOMPARE(saved->scores, fiveScores(symptoms, values));
        // The home view shows it, and its button now edits it.
        QTRY_VERIFY(today->checkInText().startsWith(QLatin1String("Checked in today")));
        QCOMPARE(today->checkInButton()->text(), QStringLiteral("Edit &check-in"));

        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        Effort again;
        whileCheckInIsOpen([&] { again.click(today->checkInButton()); },
                           [&](CheckInDialog *dialog) {
                               ScoreInput *first = dialog->scoreInput(symptoms[0].key);
                               QCOMPARE(first->score(), 2);
                               again.click(first, pointForScore(first, 4));
                               again.click(dialog->findChild<QDialogButtonBox *>()->button(
                                   QDialogButtonBox::Save));
                           });
        QCOMPARE(again.clicks, 3);
        const QVector<CheckIn> all =
            context.journal().checkIns(QDate::currentDate().addDays(-7), QDate::currentDate());
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().scores.value(symptoms[0].key), 4);
    }

private:
    test::AppFixture m_app;
};

FC_UI_TEST_MAIN(TstCheckInEffort)
#include "tst_checkineffort.moc"
