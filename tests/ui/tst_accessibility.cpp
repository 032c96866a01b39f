#include "accessibilitychecks.h"
#include "core/apppalette.h"
#include "core/contrast.h"
#include "testsupport.h"
#include "ui/access/appearance.h"
#include "ui/access/focusring.h"
#include "ui/access/focusringstyle.h"
#include "ui/appcontext.h"
#include "ui/articleview.h"
#include "ui/checkindialog.h"
#include "ui/export/csvimportdialog.h"
#include "ui/export/reportrangedialog.h"
#include "ui/librarysidebar.h"
#include "ui/mainwindow.h"
#include "ui/notes/noteeditor.h"
#include "ui/notes/notesexportdialog.h"
#include "ui/notes/notessection.h"
#include "ui/scoreinput.h"
#include "ui/today/todaysection.h"
#include "ui/today/todayview.h"
#include "uitestmain.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFocusFrame>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStyleOptionButton>
#include <QTimeEdit>

using namespace fc;

namespace {

int pixelsNear(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) + qAbs(c.green() - colour.green()) +
                    qAbs(c.blue() - colour.blue()) <
                30)
                ++n;
        }
    return n;
}

} // namespace

class TstAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<test::TempDataDir>();
        m_context = std::make_unique<AppContext>(m_dir->path());
        FC_VERIFY_OK(m_context->initialize());
        m_context->settings().setTheme(Settings::Theme::Light);
        m_context->settings().setLargeType(false);
    }

    void cleanup()
    {
        m_context.reset();
        m_dir.reset();
    }

    void mainWindowControlsAreNamedAndDescribed()
    {
        MainWindow window(m_context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentSection(), QStringLiteral("today"));
        QStringList problems = test::accessibilityProblems(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // Every section, as it is shown.
        for (const QString &section : {QStringLiteral("library"), QStringLiteral("journal"),
                                       QStringLiteral("insights"), QStringLiteral("notes")}) {
            if (!window.hasSection(section))
                continue;
            window.showSection(section);
            QApplication::processEvents();
            problems = test::accessibilityProblems(&window);
            problems << test::mnemonicClashes(&window);
            QVERIFY2(problems.isEmpty(), qPrintable(section + u'\n' + problems.join(u'\n')));
        }
        problems = test::mnemonicClashes(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        window.showSection(QStringLiteral("today"));
        problems = test::mnemonicClashes(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // The walk itself must find what it is meant to find.
        auto *unnamed = new QPushButton(window.today()->view()->widget());
        unnamed->show();
        window.showSection(QStringLiteral("today"));
        problems = test::accessibilityProblems(&window);
        QCOMPARE(problems.size(), 2); // no name, and icon-only so no description either
        unnamed->setText(QStringLiteral("&Journal")); // Alt+J is the Journal menu's
        QCOMPARE(test::accessibilityProblems(&window).size(), 0);
        QCOMPARE(test::mnemonicClashes(&window).size(), 1);
        delete unnamed;
    }

    void mainWindowTabOrderStartsOnTodaysTasks()
    {
        MainWindow window(m_context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        TodayView *today = window.today()->view();
        QCOMPARE(QApplication::focusWidget(), today->checkInButton());
        const QList<QWidget *> order = test::tabWalk(today->checkInButton());
        QList<QWidget *> expected{today->checkInButton(), today->noteButton(), today->readButton()};
        if (window.hasSection(QStringLiteral("insights")))
            expected << today->insightsButton();
        QTabBar *sections = nullptr;
        for (QTabBar *bar : window.findChildren<QTabBar *>())
            if (bar->accessibleName() == QStringLiteral("Sections"))
                sections = bar;
        // Then the list of the last seven days beside the tasks.
        expected << sections << static_cast<QWidget *>(window.today()->recentDayList());
        QVERIFY2(order == expected, qPrintable(test::widgetNames(order).join(u", ")));
        // Shift+Tab walks the same ring backwards.
        QList<QWidget *> back = test::tabWalk(today->checkInButton(), 60, Qt::Key_Backtab);
        std::reverse(back.begin() + 1, back.end());
        QVERIFY2(back == expected, qPrintable(test::widgetNames(back).join(u", ")));

        // In the library: sections, the filter box, topics, then the article.
        window.showSection(QStringLiteral("library"));
        QTabBar *tabs = sections;
        tabs->setFocus(Qt::TabFocusReason);
        QTest::keyClick(tabs, Qt::Key_Tab);
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(test::owningControl(QApplication::focusWidget()), window.sidebar());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(test::owningControl(QApplication::focusWidget()),
                 static_cast<QWidget *>(window.articleView()));
    }

    void checkInDialogIsNamedAndTabsTopToBottom()
    {
        CheckInDialog dialog(&m_context->journal(), QDate::currentDate());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QStringList problems = test::accessibilityProblems(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        problems = test::mnemonicClashes(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        QWidget *date = dialog.findChild<QDateEdit *>();
        QList<QWidget *> expected{date};
        for (const Symptom &s : m_context->journal().symptoms())
            expected << dialog.scoreInput(s.key);
        expected << dialog.findChild<QDoubleSpinBox *>();
        if (auto *time = dialog.findChild<QTimeEdit *>())
            expected << time;
        expected << dialog.findChild<QCheckBox *>() << dialog.noteEdit()
                 << test::buttonsLeftToRight(dialog.findChild<QDialogButtonBox *>());
        const QList<QWidget *> order = test::tabWalk(date);
        QVERIFY2(order == expected, qPrintable(test::widgetNames(order).join(u", ")));
        QCOMPARE(test::widgetNames(order).mid(0, 3),
                 (QStringList{QStringLiteral("Date"), QStringLiteral("Pain"),
                              QStringLiteral("Fatigue")}));
    }

    void noteEditorIsNamedAndTabsTopToBottom()
    {
        MainWindow window(m_context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.newNote();
        QCOMPARE(window.currentSection(), QStringLiteral("notes"));
        NoteEditor *editor = window.notes()->editor();
        QStringList problems = test::accessibilityProblems(editor);
        problems << test::mnemonicClashes(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // Title, tags, day and text in the order they are on screen, and back to the title.
        const QList<QWidget *> order = test::tabWalk(editor->titleEdit());
        const QStringList names = test::widgetNames(order);
        QList<int> positions;
        for (QWidget *w :
             {static_cast<QWidget *>(editor->titleEdit()),
              static_cast<QWidget *>(editor->tagsEdit()), static_cast<QWidget *>(editor->dayEdit()),
              static_cast<QWidget *>(editor->bodyEdit())})
            positions << int(order.indexOf(w));
        QVERIFY2(!positions.contains(-1), qPrintable(names.join(u", ")));
        QVERIFY2(std::is_sorted(positions.begin(), positions.end()), qPrintable(names.join(u", ")));
        QVERIFY2(order.size() < 40, qPrintable(names.join(u", "))); // it came back round
    }

    void notesExportDialogIsNamedAndTabsInOrder()
    {
        for (double factor : {1.0, 2.0}) {
            Appearance::setTextScale(factor);
            NotesExportDialog dialog(m_context->journal().notesStore(), {}, QString());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            QStringList problems = test::accessibilityProblems(&dialog);
            problems << test::mnemonicClashes(&dialog) << test::clippedText(&dialog)
                     << test::horizontalScrolling(&dialog);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            QWidget *first = dialog.findChild<QRadioButton *>();
            QVERIFY(first);
            const QList<QWidget *> order = test::tabWalk(first);
            QVERIFY2(order.size() >= 3 && order.size() < 20,
                     qPrintable(test::widgetNames(order).join(u", ")));
            QVERIFY2(qobject_cast<QAbstractButton *>(order.last()),
                     qPrintable(test::widgetNames(order).join(u", ")));
        }
        Appearance::setTextScale(1.0);
    }

    void importPreviewIsNamedAndTabsInOrder_data()
    {
        QTest::addColumn<bool>("withError");
        QTest::newRow("importable") << false;
        QTest::newRow("bad row") << true;
    }

    void importPreviewIsNamedAndTabsInOrder()
    {
        QFETCH(bool, withError);
        CsvImportPlan plan;
        plan.format = QStringLiteral("Fibro Companion long layout");
        CheckIn c;
        c.day = QDate(2026, 3, 1);
        c.scores = {{QStringLiteral("pain"), 6}};
        plan.checkIns.append({c, 2});
        if (withError)
            plan.errors.append({3, QStringLiteral("pain score 11 is above 10")});
        for (double factor : {1.0, 2.0}) {
            Appearance::setTextScale(factor);
            CsvImportDialog dialog(QStringLiteral("/tmp/journal.csv"), plan);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            QStringList problems = test::accessibilityProblems(&dialog);
            problems << test::mnemonicClashes(&dialog) << test::clippedText(&dialog)
                     << test::horizontalScrolling(&dialog);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            auto *details = dialog.findChild<QPlainTextEdit *>();
            QList<QWidget *> expected{details};
            expected << test::buttonsLeftToRight(dialog.findChild<QDialogButtonBox *>());
            QCOMPARE(expected.size(), withError ? 2 : 3);
            const QList<QWidget *> order = test::tabWalk(details);
            QVERIFY2(order == expected, qPrintable(test::widgetNames(order).join(u", ")));
        }
        Appearance::setTextScale(1.0);
    }

    void reportRangeDialogIsNamedAndTabsInOrder()
    {
        for (double factor : {1.0, 2.0}) {
            Appearance::setTextScale(factor);
            ReportRangeDialog dialog;
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            QStringList problems = test::accessibilityProblems(&dialog);
            problems << test::mnemonicClashes(&dialog) << test::clippedText(&dialog)
                     << test::horizontalScrolling(&dialog);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            const QList<QDateEdit *> dates = dialog.findChildren<QDateEdit *>();
            QCOMPARE(dates.size(), 2);
            QList<QWidget *> expected{dates[0], dates[1]};
            expected << test::buttonsLeftToRight(dialog.findChild<QDialogButtonBox *>());
            const QList<QWidget *> order = test::tabWalk(dates[0]);
            QVERIFY2(order == expected, qPrintable(test::widgetNames(order).join(u", ")));
            QCOMPARE(test::widgetNames(order).mid(0, 2),
                     (QStringList{QStringLiteral("From:"), QStringLiteral("To:")}));
        }
        Appearance::setTextScale(1.0);
    }

    void everyMenuCommandIsReachableFromTheKeyboard()
    {
        MainWindow window(m_context.get());
        const QStringList problems = test::keyboardReachabilityProblems(window.menuBar());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // And the check finds a command without either.
        QAction *stray = window.menu(MainWindow::Menu::View)->addAction(QStringLiteral("Stray"));
        QCOMPARE(test::keyboardReachabilityProblems(window.menuBar()).size(), 1);
        stray->setText(QStringLiteral("&Stray"));
        stray->setShortcut(QKeySequence::New); // Ctrl+N belongs to the check-in
        QCOMPARE(test::keyboardReachabilityProblems(window.menuBar()).size(), 1);
    }

    void focusRingIsDrawnAroundTheFocusedControl()
    {
        MainWindow window(m_context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(qobject_cast<FocusRingStyle *>(QApplication::style()));
        TodayView *today = window.today()->view();
        QPushButton *target = today->noteButton();
        target->setFocus(Qt::TabFocusReason);
        auto *frame = window.findChild<QFocusFrame *>(QStringLiteral("fc-focus-ring"));
        QVERIFY(frame);
        QCOMPARE(frame->widget(), static_cast<QWidget *>(target));
        QVERIFY(frame->isVisible());
        const int margin = FocusRingStyle::ringWidth + 1;
        QCOMPARE(frame->geometry(), target->geometry().adjusted(-margin, -margin, margin, margin));

        // Pixels: the ring colour appears around the focused button and not around the other.
        const QColor ring = QApplication::palette().color(QPalette::Active, QPalette::Highlight);
        const auto around = [&](QWidget *w) {
            const QRect r = w->geometry().adjusted(-margin, -margin, margin, margin);
            return pixelsNear(w->parentWidget()->grab(r).toImage(), ring);
        };
        const int focused = around(target);
        const int unfocused = around(today->readButton());
        QVERIFY2(focused > 2 * (target->width() + target->height()),
                 qPrintable(QString::number(focused)));
        QVERIFY2(unfocused < focused / 4, qPrintable(QString::number(unfocused)));

        // It follows focus, and composite controls get one ring as a whole.
        window.showSection(QStringLiteral("library"));
        window.sidebar()->setFocus(Qt::TabFocusReason);
        QCOMPARE(frame->widget(), static_cast<QWidget *>(window.sidebar()));
        CheckInDialog dialog(&m_context->journal(), QDate::currentDate());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *hours = dialog.findChild<QDoubleSpinBox *>();
        hours->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget()
                         ? FocusRing::ringTarget(QApplication::focusWidget())
                         : nullptr,
                     static_cast<QWidget *>(hours));
        auto *dialogFrame = dialog.findChild<QFocusFrame *>(QStringLiteral("fc-focus-ring"));
        QVERIFY(dialogFrame);
        QCOMPARE(dialogFrame->widget(), static_cast<QWidget *>(hours));
    }

    void nothingAnimates()
    {
        MainWindow window(m_context.get());
        for (Qt::UIEffect effect :
             {Qt::UI_AnimateMenu, Qt::UI_FadeMenu, Qt::UI_AnimateCombo, Qt::UI_AnimateTooltip,
              Qt::UI_FadeTooltip, Qt::UI_AnimateToolBox})
            QVERIFY(!QApplication::isEffectEnabled(effect));
        QCOMPARE(QApplication::style()->styleHint(QStyle::SH_Widget_Animation_Duration), 0);
    }

    void radioAndCheckMarksStandOutInBothThemes_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Settings::Theme::Light);
        QTest::newRow("dark") << int(Settings::Theme::Dark);
    }

    void radioAndCheckMarksStandOutInBothThemes()
    {
        // WCAG 1.4.11: the ring of a radio button and the edge of a check box reach 3:1 against
        // the dialog behind them, and a chosen radio button's dot 3:1 against the ring's inside.
        QFETCH(int, theme);
        m_context->settings().setTheme(Settings::Theme(theme));
        MainWindow window(m_context.get());
        QWidget panel;
        QRadioButton off(QStringLiteral("Selected notes"), &panel);
        QRadioButton on(QStringLiteral("All notes"), &panel);
        on.setChecked(true);
        on.move(0, 60);
        QCheckBox box(QStringLiteral("Crash or flare day"), &panel);
        box.move(0, 120);
        panel.resize(300, 180);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QColor background = panel.palette().color(QPalette::Window);
        const QColor base = panel.palette().color(QPalette::Base);
        const auto strongest = [](QAbstractButton *button, QStyle::SubElement element,
                                  const QColor &against) {
            QStyleOptionButton option;
            option.initFrom(button);
            const QRect mark = button->style()->subElementRect(element, &option, button);
            const QImage image = button->grab(mark).toImage();
            double best = 1;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    best = qMax(best, contrast::ratio(image.pixelColor(x, y), against));
            return best;
        };
        const double ring = strongest(&off, QStyle::SE_RadioButtonIndicator, background);
        QVERIFY2(ring >= contrast::minimumLargeTextOrUi, qPrintable(QString::number(ring)));
        const double dot = strongest(&on, QStyle::SE_RadioButtonIndicator, base);
        QVERIFY2(dot >= contrast::minimumLargeTextOrUi, qPrintable(QString::number(dot)));
        const double edge = strongest(&box, QStyle::SE_CheckBoxIndicator, background);
        QVERIFY2(edge >= contrast::minimumLargeTextOrUi, qPrintable(QString::number(edge)));
        m_context->settings().setTheme(Settings::Theme::Light);
    }

    void themeSetsATestedPalette()
    {
        m_context->settings().setTheme(Settings::Theme::Dark);
        {
            MainWindow window(m_context.get());
            QVERIFY(Appearance::isDark());
            QCOMPARE(QApplication::palette().color(QPalette::Window),
                     apppalette::dark().color(QPalette::Window));
            QCOMPARE(QApplication::palette().color(QPalette::Text),
                     apppalette::dark().color(QPalette::Text));
            QVERIFY(m_context->content().style().dark);
        }
        m_context->settings().setTheme(Settings::Theme::Light);
        MainWindow window(m_context.get());
        QVERIFY(!Appearance::isDark());
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 apppalette::light().color(QPalette::Window));
        QVERIFY(!m_context->content().style().dark);
    }

    void largeTypeScalesInterfaceAndArticles()
    {
        MainWindow window(m_context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const double base = Appearance::baseFont().pointSizeF();
        QCOMPARE(QApplication::font().pointSizeF(), base);
        const int buttonHeight = window.today()->view()->checkInButton()->sizeHint().height();

        window.setLargeType(true);
        QVERIFY(m_context->settings().largeType());
        QCOMPARE(QApplication::font().pointSizeF(), base * Appearance::largeTypeFactor);
        QCOMPARE(window.today()->view()->checkInButton()->font().pointSizeF(),
                 base * Appearance::largeTypeFactor);
        QVERIFY(window.today()->view()->checkInButton()->sizeHint().height() > buttonHeight);
        QVERIFY(m_context->content().style().largeType);
        const WebReply page = m_context->content().fetch(
            QUrl(QStringLiteral("fibro://app/article/low-dose-naltrexone")));
        QVERIFY(page.found);
        QVERIFY(QString::fromUtf8(page.body).contains(QLatin1String("large-type")));

        window.setLargeType(false);
        QCOMPARE(QApplication::font().pointSizeF(), base);
        QVERIFY(!m_context->content().style().largeType);
        QVERIFY(!QString::fromUtf8(
                     m_context->content()
                         .fetch(QUrl(QStringLiteral("fibro://app/article/low-dose-naltrexone")))
                         .body)
                     .contains(QLatin1String("large-type")));
    }

    void nothingClipsWithLargeOrDoubleText_data()
    {
        QTest::addColumn<double>("factor");
        QTest::newRow("normal") << 1.0;
        QTest::newRow("large type") << Appearance::largeTypeFactor;
        QTest::newRow("200%") << 2.0;
    }

    void nothingClipsWithLargeOrDoubleText()
    {
        QFETCH(double, factor);
        MainWindow window(m_context.get());
        Appearance::setTextScale(factor);
        QCOMPARE(QApplication::font().pointSizeF(), Appearance::baseFont().pointSizeF() * factor);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList problems = test::clippedText(&window);
        problems << test::horizontalScrolling(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        CheckInDialog checkIn(&m_context->journal(), QDate::currentDate());
        checkIn.show();
        QVERIFY(QTest::qWaitForWindowExposed(&checkIn));
        for (const Symptom &s : m_context->journal().symptoms())
            checkIn.scoreInput(s.key)->setScore(10); // the longest value text
        QApplication::processEvents();
        problems = test::clippedText(&checkIn);
        problems << test::horizontalScrolling(&checkIn);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        for (const QString &section : {QStringLiteral("library"), QStringLiteral("journal"),
                                       QStringLiteral("insights"), QStringLiteral("notes")}) {
            if (!window.hasSection(section))
                continue;
            window.showSection(section);
            QApplication::processEvents();
            problems = test::clippedText(&window);
            problems << test::horizontalScrolling(&window);
            QVERIFY2(problems.isEmpty(), qPrintable(section + u'\n' + problems.join(u'\n')));
        }
        Appearance::setTextScale(1.0);
    }

private:
    std::unique_ptr<test::TempDataDir> m_dir;
    std::unique_ptr<AppContext> m_context;
};

FC_UI_TEST_MAIN(TstAccessibility)
#include "tst_accessibility.moc"
