// Large type and 200% text: the marks of check boxes and radio buttons and the icons on buttons
// grow with the text, the Today section's days, its tasks and the help wrap instead of being cut
// off, and the window still fits a small laptop screen.

#include "accessibilitychecks.h"
#include "appfixture.h"
#include "testsupport.h"
#include "ui/access/appearance.h"
#include "ui/appcontext.h"
#include "ui/desktop/desktopintegration.h"
#include "ui/desktop/helpdialog.h"
#include "ui/findbar.h"
#include "ui/mainwindow.h"
#include "ui/readersection.h"
#include "ui/today/todaysection.h"
#include "ui/today/todayview.h"
#include "uitestmain.h"

#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyleOptionButton>
#include <QStyleOptionViewItem>
#include <QTextBrowser>

using namespace fc;

namespace {

struct IndicatorSizes
{
    QSize checkBox;
    QSize radioButton;
    QSize listItem;
    QSize buttonIcon;
    int textHeight = 0;
};

// The rectangles the style draws the marks in, for controls with the application's font.
IndicatorSizes indicatorSizes()
{
    IndicatorSizes sizes;
    QCheckBox check(QStringLiteral("Crash or flare day"));
    QRadioButton radio(QStringLiteral("All notes"));
    QListWidget list;
    for (QWidget *w : {static_cast<QWidget *>(&check), static_cast<QWidget *>(&radio),
                       static_cast<QWidget *>(&list)})
        w->ensurePolished();
    QStyleOptionButton option;
    option.initFrom(&check);
    sizes.checkBox =
        check.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &check).size();
    option.initFrom(&radio);
    sizes.radioButton =
        radio.style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, &radio).size();
    QStyleOptionViewItem item;
    item.initFrom(&list);
    item.font = list.font();
    item.fontMetrics = list.fontMetrics();
    item.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
    item.text = QStringLiteral("Pain");
    item.rect = QRect(0, 0, 400, 3 * list.fontMetrics().height());
    sizes.listItem =
        list.style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &item, &list).size();
    QPushButton save(QStringLiteral("Save"));
    save.ensurePolished();
    option.initFrom(&save);
    const int icon = save.style()->pixelMetric(QStyle::PM_ButtonIconSize, &option, &save);
    sizes.buttonIcon = QSize(icon, icon);
    sizes.textHeight = check.fontMetrics().height();
    return sizes;
}

// The Today side panel's days: each row lies wholly inside the list, wrapped rather than cut.
QStringList daysOutsideThePanel(TodaySection *today)
{
    QStringList problems;
    QListWidget *list = today->recentDayList();
    for (int i = 0; i < list->count(); ++i) {
        const QRect rect = list->visualItemRect(list->item(i));
        if (rect.right() >= list->viewport()->width() + 1)
            problems << QStringLiteral("\"%1\" reaches x %2, the list is %3 wide")
                            .arg(list->item(i)->text())
                            .arg(rect.right())
                            .arg(list->viewport()->width());
    }
    return problems;
}

} // namespace

class TstLargeType : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_app.start()); }
    void cleanup() { m_app.stop(); }

    void marksAndIconsGrowWithTheText()
    {
        Appearance::apply(m_app.context->settings());
        const IndicatorSizes normal = indicatorSizes();
        QVERIFY(!normal.checkBox.isEmpty() && !normal.radioButton.isEmpty());
        for (double factor : {Appearance::largeTypeFactor, 2.0}) {
            Appearance::setTextScale(factor);
            const IndicatorSizes large = indicatorSizes();
            const double textGrowth = double(large.textHeight) / normal.textHeight;
            QVERIFY(textGrowth > factor * 0.9);
            // In step with the text, give or take rounding.
            for (auto [what, before, after] :
                 {std::tuple{"check box", normal.checkBox, large.checkBox},
                  std::tuple{"radio button", normal.radioButton, large.radioButton},
                  std::tuple{"list item check box", normal.listItem, large.listItem},
                  std::tuple{"button icon", normal.buttonIcon, large.buttonIcon}}) {
                const QString sizes = QStringLiteral("%1 at %2: %3 px, at normal size %4 px")
                                          .arg(QLatin1String(what))
                                          .arg(factor)
                                          .arg(after.height())
                                          .arg(before.height());
                QVERIFY2(after.height() >= qFloor(before.height() * textGrowth) - 1,
                         qPrintable(sizes));
                QVERIFY2(after.width() >= qFloor(before.width() * textGrowth) - 1,
                         qPrintable(sizes));
            }
            // And the controls make room for the larger mark.
            QCheckBox check(QStringLiteral("Crash or flare day"));
            QVERIFY(check.sizeHint().height() >= large.checkBox.height());
        }
        Appearance::setTextScale(1.0);
        QCOMPARE(indicatorSizes().checkBox, normal.checkBox);
    }

    void helpListsEveryShortcut_data()
    {
        QTest::addColumn<double>("factor");
        QTest::newRow("large type, dark") << Appearance::largeTypeFactor;
        QTest::newRow("200%, dark") << 2.0;
    }

    void helpListsEveryShortcut()
    {
        QFETCH(double, factor);
        m_app.context->settings().setTheme(Settings::Theme::Dark);
        MainWindow window(m_app.context.get());
        // A command with a long name, as translations and new features bring.
        QAction *longCommand = window.menu(MainWindow::Menu::Journal)
                                   ->addAction(QStringLiteral("Export every check-in and note of "
                                                              "the past year for the doctor"));
        longCommand->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::ALT | Qt::Key_Y));
        Appearance::setTextScale(factor);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Help > Keyboard shortcuts reads the menus as they are now.
        HelpDialog *help = window.desktop()->showHelp(HelpDialog::Part::KeyboardShortcuts);
        QVERIFY(QTest::qWaitForWindowExposed(help));
        const QString text = help->browser()->toPlainText();
        QVERIFY2(text.contains(
                     QStringLiteral("%1\tExport every check-in and note of the past year for the "
                                    "doctor")
                         .arg(longCommand->shortcut().toString(QKeySequence::NativeText))) ||
                     text.contains(QStringLiteral("Export every check-in and note of the past "
                                                  "year for the doctor")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Getting started")));
        // The page wraps in the window: it never scrolls sideways.
        QVERIFY(!help->browser()->horizontalScrollBar()->isVisible());
        // Asked again, the same window comes back.
        QCOMPARE(window.desktop()->showHelp(HelpDialog::Part::GettingStarted), help);
        help->close();
    }

    void switchingLargeTypeOnRefitsToday()
    {
        m_app.context->settings().setTheme(Settings::Theme::Dark);
        MainWindow window(m_app.context.get());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QListWidget *days = window.today()->recentDayList();
        QVERIFY(days->count() > 0);
        const int normalHeight = days->visualItemRect(days->item(0)).height();
        window.setLargeType(true);
        QStringList problems;
        QTRY_VERIFY2(
            (problems = test::clippedText(&window) + daysOutsideThePanel(window.today())).isEmpty(),
            qPrintable(problems.join(u'\n')));
        QTRY_VERIFY(days->visualItemRect(days->item(0)).height() > normalHeight);
        // The side panel as narrow as it goes: the days wrap, nothing is cut off.
        window.findChild<QSplitter *>()->setSizes({1, window.width()});
        QTRY_VERIFY2(
            (problems = test::clippedText(&window) + daysOutsideThePanel(window.today())).isEmpty(),
            qPrintable(problems.join(u'\n')));
        window.setLargeType(false);
        QTRY_VERIFY2((problems = test::clippedText(&window)).isEmpty(),
                     qPrintable(problems.join(u'\n')));
    }

    void windowFitsASmallLaptopScreenAt200Percent()
    {
        // 1280x800 is the smallest common laptop screen; with 200% text every section, with the
        // find bar open, must still fit on it, and nothing in it may be cut off at that size.
        m_app.context->settings().setTheme(Settings::Theme::Dark);
        MainWindow window(m_app.context.get());
        Appearance::setTextScale(2.0);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.reader()->findBar()->open();
        for (const QString &section :
             {QStringLiteral("today"), QStringLiteral("library"), QStringLiteral("journal"),
              QStringLiteral("insights"), QStringLiteral("notes")}) {
            if (!window.hasSection(section))
                continue;
            window.showSection(section);
            QApplication::processEvents();
            const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
            QVERIFY2(needed.width() <= 1280 && needed.height() <= 800,
                     qPrintable(QStringLiteral("%1 needs %2x%3")
                                    .arg(section)
                                    .arg(needed.width())
                                    .arg(needed.height())));
            QStringList problems;
            QTRY_VERIFY2((problems = test::clippedText(&window)).isEmpty(),
                         qPrintable(section + u'\n' + problems.join(u'\n')));
        }
        // At its narrowest the Today tasks still wrap their descriptions at whole words.
        window.showSection(QStringLiteral("today"));
        window.findChild<QSplitter *>()->setSizes({window.width(), 1});
        QStringList problems;
        QTRY_VERIFY2((problems = test::clippedText(window.today()->view())).isEmpty(),
                     qPrintable(problems.join(u'\n')));
    }

private:
    test::AppFixture m_app;
};

FC_UI_TEST_MAIN(TstLargeType)
#include "tst_largetype.moc"
