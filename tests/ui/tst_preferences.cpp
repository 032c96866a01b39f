#include "appfixture.h"
#include "articles/article.h"
#include "core/settings.h"
#include "journal/journalstore.h"
#include "testsupport.h"
#include "ui/appcontext.h"
#include "ui/checkindialog.h"
#include "ui/desktop/aboutdialog.h"
#include "ui/desktop/checkinreminder.h"
#include "ui/desktop/desktopintegration.h"
#include "ui/desktop/preferencesdialog.h"
#include "ui/mainwindow.h"
#include "uitestmain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimeEdit>

using namespace fc;

class TstPreferences : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_app.start()); }
    void cleanup() { m_app.stop(); }

    void dialogShowsAndSavesEverySetting()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        Settings settings(path);
        settings.setZoom(1.2);
        settings.setBaselineDays(30);
        settings.setPatientName(QStringLiteral("Sam"));

        PreferencesDialog dialog(&settings, true);
        QCOMPARE(dialog.zoomBox()->value(), 120);
        QCOMPARE(dialog.baselineBox()->value(), 30);
        QCOMPARE(dialog.patientNameEdit()->text(), QStringLiteral("Sam"));
        QCOMPARE(dialog.paperBox()->currentData().toString(), QString());
        QVERIFY(!dialog.reminderBox()->isChecked());
        QVERIFY(!dialog.reminderTimeEdit()->isEnabled());

        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(int(Settings::Theme::Dark)));
        dialog.largeTypeBox()->setChecked(true);
        dialog.zoomBox()->setValue(150);
        dialog.paperBox()->setCurrentIndex(dialog.paperBox()->findData(QStringLiteral("Letter")));
        dialog.patientNameEdit()->setText(QStringLiteral("  Sam Lee "));
        dialog.baselineBox()->setValue(21);
        dialog.reminderBox()->setChecked(true);
        QVERIFY(dialog.reminderTimeEdit()->isEnabled());
        dialog.reminderTimeEdit()->setTime(QTime(8, 30));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        Settings reread(path);
        QCOMPARE(reread.theme(), Settings::Theme::Dark);
        QCOMPARE(reread.largeType(), true);
        QCOMPARE(reread.zoom(), 1.5);
        QCOMPARE(reread.paperSize(), QStringLiteral("Letter"));
        QCOMPARE(reread.patientName(), QStringLiteral("Sam Lee"));
        QCOMPARE(reread.baselineDays(), 21);
        QCOMPARE(reread.reminderEnabled(), true);
        QCOMPARE(reread.reminderTime(), QTime(8, 30));
    }

    void cancelChangesNothing()
    {
        test::TempDataDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        PreferencesDialog dialog(&settings, true);
        dialog.zoomBox()->setValue(250);
        dialog.reminderBox()->setChecked(true);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(settings.zoom(), 1.0);
        QCOMPARE(settings.reminderEnabled(), false);
    }

    void withoutATrayThePreferencesSaySo()
    {
        test::TempDataDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        PreferencesDialog dialog(&settings, false);
        QVERIFY(dialog.trayNote()->text().contains(QStringLiteral("no system tray")));
        PreferencesDialog withTray(&settings, true);
        QVERIFY(!withTray.trayNote()->text().contains(QStringLiteral("no system tray")));
    }

    void reminderFiresOnceAtItsTimeUnlessCheckedIn()
    {
        test::TempDataDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        JournalStore journal;
        FC_VERIFY_OK(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))));
        settings.setReminderTime(QTime(20, 0));
        CheckInReminder reminder(&settings, &journal);
        QSignalSpy due(&reminder, &CheckInReminder::reminderDue);

        const QDate today = QDate::currentDate();
        auto at = [&today](int h, int m) {
            return QDateTime(today, QTime(h, m));
        };
        reminder.check(at(19, 0));
        reminder.check(at(20, 1)); // off by default
        QCOMPARE(due.count(), 0);

        settings.setReminderEnabled(true);
        reminder.check(at(19, 59));
        QCOMPARE(due.count(), 0);
        reminder.check(at(20, 0));
        QCOMPARE(due.count(), 1);
        reminder.check(at(20, 1));
        reminder.check(at(23, 0));
        QCOMPARE(due.count(), 1);

        // Asleep from 19:00 to 21:00 (suspend): the crossing still counts once on waking.
        reminder.check(at(19, 0));
        reminder.check(at(21, 0));
        QCOMPARE(due.count(), 2);

        CheckIn c;
        c.day = today;
        c.scores = {{QStringLiteral("pain"), 3}};
        FC_VERIFY_OK(journal.saveCheckIn(c));
        reminder.check(at(19, 0));
        reminder.check(at(20, 30));
        QCOMPARE(due.count(), 2);
    }

    void reminderWithoutTrayDoesNotCrash()
    {
        // The offscreen platform has no system tray, like some desktops.
        if (CheckInReminder::trayAvailable())
            QSKIP("this session has a system tray");
        test::TempDataDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setReminderEnabled(true);
        JournalStore journal;
        FC_VERIFY_OK(journal.open(dir.filePath(QStringLiteral("journal.sqlite"))));
        CheckInReminder reminder(&settings, &journal);
        QVERIFY(!reminder.trayIcon());
        QSignalSpy due(&reminder, &CheckInReminder::reminderDue);
        const QDateTime now = QDateTime::currentDateTime();
        reminder.check(QDateTime(now.date(), settings.reminderTime()).addSecs(-60));
        reminder.check(QDateTime(now.date(), settings.reminderTime()).addSecs(60));
        QCOMPARE(due.count(), 1);
    }

    void aboutListsTheArticlesSourcesAndLicence()
    {
        QVector<Article> articles(3);
        articles[0].source = QStringLiteral("Blog post by a physician");
        articles[1].source = QStringLiteral("A <b>review</b>");
        articles[2].source = QStringLiteral("Blog post by a physician");
        Article imported;
        imported.origin = Article::Origin::Imported;
        imported.source = QStringLiteral("my own notes");
        articles << imported;
        QCOMPARE(AboutDialog::articleSources(articles),
                 (QStringList{QStringLiteral("Blog post by a physician"),
                              QStringLiteral("A <b>review</b>")}));
        AboutDialog dialog(articles);
        const QString text = dialog.textLabel()->text();
        QVERIFY(text.contains(QStringLiteral("A &lt;b&gt;review&lt;/b&gt;")));
        QVERIFY(!text.contains(QStringLiteral("my own notes")));
        QVERIFY(text.contains(QStringLiteral("GNU General Public License")));
        QVERIFY(text.contains(QStringLiteral("0.1") /* the version line */));
    }

    void windowHasPreferencesAndAnswersAHandOver()
    {
        AppContext &context = *m_app.context;
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QAction *preferences = nullptr;
        for (QAction *a : window.menu(MainWindow::Menu::Edit)->actions())
            if (a->shortcut() == QKeySequence(QStringLiteral("Ctrl+,")))
                preferences = a;
        QVERIFY(preferences);
        QCOMPARE(preferences->menuRole(), QAction::PreferencesRole);

        window.showMinimized();
        bool sawCheckIn = false;
        QTimer::singleShot(0, this, [&sawCheckIn] {
            auto *dialog = qobject_cast<CheckInDialog *>(QApplication::activeModalWidget());
            sawCheckIn = dialog != nullptr;
            if (dialog)
                dialog->reject();
        });
        window.desktop()->handleRequest(SingleInstance::Request::CheckIn);
        QVERIFY(sawCheckIn);
        QVERIFY(!window.isMinimized());
    }

private:
    test::AppFixture m_app;
};

FC_UI_TEST_MAIN(TstPreferences)
#include "tst_preferences.moc"
