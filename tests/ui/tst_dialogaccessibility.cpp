// The dialogs outside the main window's sections, walked the way tst_accessibility walks the
// window: every control named (and described where the name is not enough), Tab in the order
// things are on screen, and no text cut off, at normal size, at large type in the dark theme
// and at 200% text.

#include "accessibilitychecks.h"
#include "appfixture.h"
#include "journal/journalstore.h"
#include "testsupport.h"
#include "ui/access/appearance.h"
#include "ui/appcontext.h"
#include "ui/desktop/aboutdialog.h"
#include "ui/desktop/preferencesdialog.h"
#include "ui/journal/journalrecovery.h"
#include "ui/journal/plannedtrialdialog.h"
#include "ui/journal/symptomsdialog.h"
#include "ui/journal/trialdialog.h"
#include "ui/questionnaires/acr2016dialog.h"
#include "ui/questionnaires/bodymapwidget.h"
#include "ui/questionnaires/fiqrdialog.h"
#include "ui/scoreinput.h"
#include "uitestmain.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimer>

using namespace fc;

namespace {

// Everything the walks find in one window: unnamed or undescribed controls, Alt+letter clashes
// and text that does not fit.
QStringList problemsIn(QWidget *window)
{
    QStringList problems = test::accessibilityProblems(window);
    problems << test::mnemonicClashes(window) << test::clippedText(window)
             << test::horizontalScrolling(window);
    // Qt's first size for a dialog stops at two thirds of the screen; the whole dialog must
    // still be on it.
    const QSize screen = window->screen()->availableGeometry().size();
    if (window->width() > screen.width() || window->height() > screen.height())
        problems << QStringLiteral("%1x%2 is larger than the screen")
                        .arg(window->width())
                        .arg(window->height());
    return problems;
}

// Tab from `first` round the window and back: the stops, in order, each with a name.
QStringList tabOrderProblems(QWidget *first, const QList<QWidget *> &expected)
{
    const QList<QWidget *> order = test::tabWalk(first);
    QStringList problems = test::unnamedTabStops(order);
    if (order != expected)
        problems << QStringLiteral("Tab goes %1; expected %2")
                        .arg(test::widgetNames(order).join(QStringLiteral(", ")),
                             test::widgetNames(expected).join(QStringLiteral(", ")));
    return problems;
}

QPushButton *buttonWithText(QWidget *window, const QString &text)
{
    for (auto *b : window->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

// Runs `inDialog` on the modal dialog of type T that `open` starts, once it is up; the dialog
// runs its own event loop, so the checks run from a timer inside it.
template<typename T>
bool whileModalIsOpen(const std::function<void()> &open, const std::function<void(T *)> &inDialog)
{
    bool ran = false;
    QTimer::singleShot(0, [&] {
        T *dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    dialog = qobject_cast<T *>(QApplication::activeModalWidget());
                    return dialog && dialog->isActiveWindow();
                },
                10000))
            return;
        ran = true;
        inDialog(dialog);
        if (dialog->isVisible())
            dialog->reject(); // a failed check must not leave the test waiting
    });
    open();
    return ran;
}

} // namespace

class TstDialogAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_app.start()); }
    void cleanup() { m_app.stop(); }

    void preferences_data() { test::AppFixture::addTextSizeRows(); }
    void preferences()
    {
        m_app.applyTextSize();
        m_app.context->settings().setReminderEnabled(true); // its time field is a Tab stop then
        m_app.context->settings().setPatientName(QStringLiteral("Sam")); // shows the clear button
        PreferencesDialog dialog(&m_app.context->settings(), true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QStringList problems = problemsIn(&dialog);
        QList<QWidget *> expected{
            dialog.themeBox(),         dialog.largeTypeBox(),    dialog.zoomBox(),
            dialog.paperBox(),         dialog.patientNameEdit(), dialog.baselineBox(),
            dialog.exertionBox(),      dialog.uprightBox(),      dialog.reminderBox(),
            dialog.reminderTimeEdit(), dialog.fiqrReminderBox(), dialog.acr2016ReminderBox()};
        expected << test::buttonsLeftToRight(dialog.findChild<QDialogButtonBox *>());
        problems << tabOrderProblems(dialog.themeBox(), expected);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void about_data() { test::AppFixture::addTextSizeRows(); }
    void about()
    {
        m_app.applyTextSize();
        AboutDialog dialog(m_app.context->library().articles());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QStringList problems = problemsIn(&dialog);
        // The text scrolls when the screen is too small for it; from the keyboard too.
        auto *text = dialog.findChild<QScrollArea *>();
        QVERIFY(text);
        QCOMPARE(text->widget(), static_cast<QWidget *>(dialog.textLabel()));
        QList<QWidget *> expected{text};
        expected << test::buttonsLeftToRight(dialog.findChild<QDialogButtonBox *>());
        problems << tabOrderProblems(text, expected);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // At normal size the whole text shows without scrolling.
        if (Appearance::baseFont().pointSizeF() == QApplication::font().pointSizeF())
            QVERIFY(!text->verticalScrollBar()->isVisible());
    }

    void fiqr_data() { test::AppFixture::addTextSizeRows(); }
    void fiqr()
    {
        m_app.applyTextSize();
        FiqrDialog dialog(&m_app.context->journal(), QDate::currentDate());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QStringList problems = problemsIn(&dialog);
        // The form shows several items at once and is not wider than its screen.
        if (dialog.height() < dialog.screen()->availableGeometry().height() / 2)
            problems << QStringLiteral("only %1 px high").arg(dialog.height());
        QList<QWidget *> expected{dialog.findChild<QDateEdit *>()};
        for (ScoreInput *input : dialog.inputs())
            expected << input;
        expected << test::buttonsLeftToRight(dialog.findChild<QDialogButtonBox *>());
        problems << tabOrderProblems(expected.constFirst(), expected);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void bodyMap_data() { test::AppFixture::addTextSizeRows(); }
    void bodyMap()
    {
        m_app.applyTextSize();
        Acr2016Dialog dialog(&m_app.context->journal(), QDate::currentDate());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QStringList problems = problemsIn(&dialog);
        QList<QWidget *> expected{dialog.findChild<QDateEdit *>()};
        for (BodyAreaButton *area : dialog.map()->areas())
            expected << area;
        for (QComboBox *box : dialog.findChildren<QComboBox *>())
            expected << box;
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
            if (!qobject_cast<BodyAreaButton *>(box))
                expected << box;
        expected << test::buttonsLeftToRight(dialog.findChild<QDialogButtonBox *>());
        problems << tabOrderProblems(expected.constFirst(), expected);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void symptoms_data() { test::AppFixture::addTextSizeRows(); }
    void symptoms()
    {
        m_app.applyTextSize();
        SymptomsDialog dialog(&m_app.context->journal());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QStringList problems = problemsIn(&dialog);
        QList<QWidget *> expected{dialog.list()};
        for (const QString &text : {QStringLiteral("&Add…"), QStringLiteral("&Rename…"),
                                    QStringLiteral("Move &up"), QStringLiteral("Move &down")})
            expected << buttonWithText(&dialog, text);
        QVERIFY(!expected.contains(nullptr));
        expected << test::buttonsLeftToRight(dialog.findChild<QDialogButtonBox *>());
        problems << tabOrderProblems(dialog.list(), expected);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // Add… and Rename… open dialogs of their own.
        QStringList addProblems;
        const bool added = whileModalIsOpen<AddSymptomDialog>(
            [&] { buttonWithText(&dialog, QStringLiteral("&Add…"))->click(); },
            [&](AddSymptomDialog *add) {
                addProblems = problemsIn(add);
                QList<QWidget *> addOrder{add->nameEdit(), add->higherIsBetterBox()};
                addOrder << test::buttonsLeftToRight(add->findChild<QDialogButtonBox *>());
                addProblems << tabOrderProblems(add->nameEdit(), addOrder);
            });
        QVERIFY(added);
        QVERIFY2(addProblems.isEmpty(), qPrintable(addProblems.join(u'\n')));
        QStringList renameProblems;
        const bool renamed = whileModalIsOpen<QInputDialog>(
            [&] { buttonWithText(&dialog, QStringLiteral("&Rename…"))->click(); },
            [&](QInputDialog *rename) {
                renameProblems = problemsIn(rename);
                auto *field = rename->findChild<QLineEdit *>();
                QList<QWidget *> renameOrder{field};
                renameOrder << test::buttonsLeftToRight(rename->findChild<QDialogButtonBox *>());
                renameProblems << tabOrderProblems(field, renameOrder);
            });
        QVERIFY(renamed);
        QVERIFY2(renameProblems.isEmpty(), qPrintable(renameProblems.join(u'\n')));
    }

    void newTrial_data() { test::AppFixture::addTextSizeRows(); }
    void newTrial()
    {
        m_app.applyTextSize();
        // A trial it should not be combined with, so the cautions show a warning too.
        JournalStore &store = m_app.context->journal();
        Trial codeine;
        codeine.treatmentId = store.trials().treatment(QStringLiteral("codeine"))->id;
        codeine.start = QDate::currentDate().addDays(-30);
        FC_VERIFY_OK(store.trials().saveTrial(codeine));
        Trial blank;
        blank.treatmentKey = QStringLiteral("low-dose-naltrexone");
        TrialDialog dialog(&store, &m_app.context->library(), blank);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(!dialog.cautionsText().isEmpty());
        // Stopped: the stop date and reason are Tab stops then.
        dialog.stoppedBox()->setChecked(true);
        checkTrialDialog(&dialog);
    }

    void editedTrial_data() { test::AppFixture::addTextSizeRows(); }
    void editedTrial()
    {
        m_app.applyTextSize();
        JournalStore &store = m_app.context->journal();
        Trial t;
        t.treatmentId = store.trials().treatment(QStringLiteral("low-dose-naltrexone"))->id;
        t.start = QDate::currentDate().addDays(-40);
        t.stop = QDate::currentDate().addDays(-2);
        t.stopReason = QStringLiteral("Vivid dreams every night");
        t.doseChanges << DoseChange{0, t.start.addDays(14), 3.0, QStringLiteral("mg"),
                                    QStringLiteral("step up")};
        t.sideEffects << SideEffect{0, t.start.addDays(3), QStringLiteral("Vivid dreams"), 5};
        FC_VERIFY_OK(store.trials().saveTrial(t));
        TrialDialog dialog(&store, &m_app.context->library(), *store.trials().trial(t.id));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(dialog.stoppedBox()->isChecked());
        checkTrialDialog(&dialog);
    }

    void plannedTest_data() { test::AppFixture::addTextSizeRows(); }
    void plannedTest()
    {
        m_app.applyTextSize();
        PlannedTrialDialog dialog(&m_app.context->journal(), &m_app.context->library(),
                                  QStringLiteral("low-dose-naltrexone"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QApplication::processEvents();
        QVERIFY(dialog.doctorBox()->isVisible());
        QStringList problems = problemsIn(&dialog);
        QList<QWidget *> expected{dialog.treatmentBox(), dialog.symptomBox(), dialog.startEdit(),
                                  dialog.periodBox(),    dialog.pairsBox(),   dialog.washoutBox(),
                                  dialog.doctorBox()};
        expected << test::buttonsLeftToRight(dialog.findChild<QDialogButtonBox *>());
        problems << tabOrderProblems(dialog.treatmentBox(), expected);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // With a running trial of the treatment, the choice to pause or end it shows: named, no
    // Alt letter twice, nothing cut off at any size.
    void plannedTestTakingOverATrial_data() { test::AppFixture::addTextSizeRows(); }
    void plannedTestTakingOverATrial()
    {
        m_app.applyTextSize();
        JournalStore &store = m_app.context->journal();
        Trial running;
        running.treatmentId = store.trials().treatment(QStringLiteral("low-dose-naltrexone"))->id;
        running.start = QDate::currentDate().addDays(-30);
        FC_VERIFY_OK(store.trials().saveTrial(running));
        PlannedTrialDialog dialog(&store, &m_app.context->library(),
                                  QStringLiteral("low-dose-naltrexone"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QApplication::processEvents();
        QVERIFY(dialog.pauseChoice()->isVisible() && dialog.endChoice()->isVisible());
        const QStringList problems = problemsIn(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void journalRecovery_data() { test::AppFixture::addTextSizeRows(); }
    void journalRecovery()
    {
        m_app.applyTextSize();
        QStringList problems;
        const bool shown = whileModalIsOpen<QMessageBox>(
            [&] {
                QVERIFY(
                    !offerJournalRecovery(*m_app.context, QStringLiteral("database disk image is "
                                                                         "malformed")));
            },
            [&](QMessageBox *box) {
                problems = problemsIn(box);
                const QList<QWidget *> buttons =
                    test::buttonsLeftToRight(box->findChild<QDialogButtonBox *>());
                problems << tabOrderProblems(buttons.first(), buttons);
            });
        QVERIFY(shown);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

private:
    static void checkTrialDialog(TrialDialog *dialog)
    {
        QApplication::processEvents();
        QStringList problems = problemsIn(dialog);
        const auto field = [dialog](const QString &name) -> QWidget * {
            for (QWidget *w : dialog->findChildren<QWidget *>())
                if (test::owningControl(w) == w && (w->focusPolicy() & Qt::TabFocus) &&
                    test::accessibleText(w, QAccessible::Name) == name)
                    return w;
            return nullptr;
        };
        QList<QWidget *> expected{dialog->treatmentBox(),
                                  dialog->findChild<QDoubleSpinBox *>(),
                                  field(QStringLiteral("Dose unit")),
                                  field(QStringLiteral("Schedule")),
                                  dialog->startEdit(),
                                  dialog->stoppedBox(),
                                  dialog->stopEdit(),
                                  field(QStringLiteral("Why it was stopped")),
                                  dialog->findChild<QSpinBox *>(),
                                  dialog->doseTable(),
                                  field(QStringLiteral("Add dose change")),
                                  field(QStringLiteral("Remove dose change")),
                                  dialog->sideEffectTable(),
                                  field(QStringLiteral("Add side effect")),
                                  field(QStringLiteral("Remove side effect")),
                                  field(QStringLiteral("Note"))};
        QVERIFY2(!expected.contains(nullptr), qPrintable(test::widgetNames(expected).join(u',')));
        expected << test::buttonsLeftToRight(dialog->findChild<QDialogButtonBox *>());
        problems << tabOrderProblems(dialog->treatmentBox(), expected);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    test::AppFixture m_app;
};

FC_UI_TEST_MAIN(TstDialogAccessibility)
#include "tst_dialogaccessibility.moc"
