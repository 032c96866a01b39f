#include "appfixture.h"
#include "export/csvimport.h"
#include "healthfiles.h"
#include "testsupport.h"
#include "ui/appcontext.h"
#include "ui/export/csvimportdialog.h"
#include "ui/export/healthimportdialog.h"
#include "ui/export/reportrangedialog.h"
#include "ui/mainwindow.h"
#include "uitestmain.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QMenu>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QTimer>

using namespace fc;

class TstExportUi : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_app.start()); }
    void cleanup() { m_app.stop(); }

    void fileMenuHasTheCommands()
    {
        AppContext &context = *m_app.context;
        MainWindow window(&context);
        QStringList texts;
        for (QAction *a : window.menu(MainWindow::Menu::File)->actions())
            texts << a->text();
        const int report = int(texts.indexOf(QStringLiteral("Export &visit report…")));
        const int quit = int(texts.indexOf(QStringLiteral("&Quit")));
        QVERIFY2(report >= 0, qPrintable(texts.join('|')));
        QVERIFY(texts.contains(QStringLiteral("Export journal as &CSV…")));
        QVERIFY(texts.contains(QStringLiteral("Import &journal CSV…")));
        QVERIFY(report < quit);
    }

    void previewOfABadFileOffersNoImport()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        const CsvImportPlan plan =
            CsvImport::plan(test::readTestData(QStringLiteral("csv/bad-long.csv")), store);
        CsvImportDialog dialog(QStringLiteral("bad-long.csv"), plan);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QCOMPARE(buttons->buttons().size(), 1); // Cancel only
        const QString text = dialog.detailsText();
        QVERIFY2(text.startsWith(QStringLiteral("9 problem")), qPrintable(text.left(80)));
        QVERIFY(text.contains(QStringLiteral("so nothing will be imported")));
        QVERIFY(text.contains(QStringLiteral("line 3: date \"2024-02-30\" is not a valid date")));
        QVERIFY(text.contains(QStringLiteral("line 13:")));
    }

    void previewOfFlaredownExplainsTheScale()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        const CsvImportPlan plan =
            CsvImport::plan(test::readTestData(QStringLiteral("csv/flaredown-user.csv")), store);
        CsvImportDialog dialog(QStringLiteral("flaredown.csv"), plan);
        const QString text = dialog.detailsText();
        QVERIFY(text.contains(QStringLiteral("This will add 4 check-ins, 9 scores, 2 trials")));
        QVERIFY(text.contains(QStringLiteral("multiplied by 2.5")));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QPushButton *import = nullptr;
        for (QAbstractButton *b : buttons->buttons())
            if (b->text() == QStringLiteral("&Import"))
                import = qobject_cast<QPushButton *>(b);
        QVERIFY(import);
        QVERIFY(import->isDefault());
    }

    // The preview lists each name of the file with what it becomes; choosing another of the
    // journal's symptoms or treatments plans the import again with that choice.
    void previewLetsANameStandForAnother()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        // "Naltrexone" alone is not the catalogue's low-dose naltrexone by its words: the person
        // says so in the preview.
        const QByteArray data = "Date,Tiredness,Naltrexone,Tags,Foods\n"
                                "2024-01-01T00:00:00+00:00,3,4.5 mg,,\n"
                                "2024-01-02T00:00:00+00:00,2,4.5 mg,,\n";
        const CsvImportPlan plan = CsvImport::plan(data, store);
        QVERIFY2(plan.canImport(), qPrintable(plan.summary()));
        CsvImportDialog dialog(QStringLiteral("flaredown.csv"), plan);
        dialog.allowMapping(
            store.symptoms(true), store.trials().treatments(),
            [&](const CsvNameChoices &choices) { return CsvImport::plan(data, store, choices); });
        QTableWidget *table = dialog.mappingTable();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Tiredness (symptom)"));
        auto *symptom = qobject_cast<QComboBox *>(table->cellWidget(0, 1));
        auto *treatment = qobject_cast<QComboBox *>(table->cellWidget(1, 1));
        QVERIFY(symptom && treatment);
        QCOMPARE(symptom->currentText(), QStringLiteral("New symptom “Tiredness”"));
        QCOMPARE(dialog.plan().symptoms.size(), 1);
        QCOMPARE(treatment->currentText(), QStringLiteral("New treatment “Naltrexone”"));

        // By keyboard: Tab goes from one choice to the next.
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        symptom->setFocus();
        QTest::keyClick(symptom, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), treatment);
        symptom->setCurrentIndex(symptom->findData(QStringLiteral("fatigue")));
        QVERIFY(dialog.plan().symptoms.isEmpty());
        QCOMPARE(dialog.plan().checkIns[0].value.scores.value(QStringLiteral("fatigue")), 7.5);
        QVERIFY(dialog.detailsText().contains(QStringLiteral("This will add 2 check-ins")));
        treatment->setCurrentIndex(treatment->findData(QStringLiteral("low-dose-naltrexone")));
        QVERIFY(dialog.plan().treatments.isEmpty());
        QCOMPARE(dialog.plan().trials[0].trial.treatmentKey, QStringLiteral("low-dose-naltrexone"));
        // Back to a new symptom: the plan creates it again.
        symptom->setCurrentIndex(0);
        QCOMPARE(dialog.plan().symptoms.size(), 1);
    }

    // File › Import health data… reads on a worker thread behind a progress dialog. Left
    // alone it gives the file's days; its Cancel button stops the read, and the reply says so.
    void healthImportProgressCanBeCancelled()
    {
        const QString path = m_app.dir->filePath(QStringLiteral("export.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::appleHealthHeader());
        file.write(test::appleRecord("HKQuantityTypeIdentifierStepCount", "Kim's iPhone", "count",
                                     "1200", "2024-03-30 10:00:00 +0100",
                                     "2024-03-30 10:20:00 +0100"));
        file.write(test::appleHealthFooter());
        file.close();
        MainWindow window(m_app.context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const Expected<HealthData> whole = readHealthExportWithProgress(path, &window);
        FC_VERIFY_OK(whole);
        QCOMPARE(whole->days.size(), 1);

        // The read is held at its first report of progress until the dialog cancels it, so the
        // dialog is there to be cancelled however fast the machine reads.
        const HealthReader held = [](const QString &exportPath,
                                     const HealthImport::Progress &progress) {
            return HealthImport::read(exportPath, [&](qint64 done, qint64 total) {
                QElapsedTimer waited;
                waited.start();
                while (waited.elapsed() < 20000) {
                    if (!progress(done, total))
                        return false;
                    QThread::msleep(10);
                }
                return true;
            });
        };
        QPointer<QProgressDialog> shown;
        QString label;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] {
            if (shown)
                return;
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<QProgressDialog *>(w);
                if (!dialog || !dialog->isVisible())
                    continue;
                shown = dialog;
                label = dialog->labelText();
                const auto buttons = dialog->findChildren<QPushButton *>();
                QCOMPARE(buttons.size(), 1);
                QCOMPARE(buttons.first()->text(), QStringLiteral("Cancel"));
                QTest::mouseClick(buttons.first(), Qt::LeftButton);
            }
        });
        watch.start(50);
        QElapsedTimer took;
        took.start();
        const Expected<HealthData> cancelled = readHealthExportWithProgress(path, &window, held);
        watch.stop();
        QVERIFY2(label.contains(QStringLiteral("export.xml")), qPrintable(label));
        QString error;
        QVERIFY(test::fails(cancelled, &error));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QVERIFY2(took.elapsed() < 15000, "Cancel did not stop the read");
        QVERIFY(!shown || !shown->isVisible());
    }

    void reportRangeDefaultsToNinetyDays()
    {
        ReportRangeDialog dialog;
        QCOMPARE(dialog.to(), QDate::currentDate());
        QCOMPARE(dialog.from().daysTo(dialog.to()), 89);
        const QList<QDateEdit *> edits = dialog.findChildren<QDateEdit *>();
        edits[0]->setDate(QDate::currentDate());
        edits[1]->setDate(QDate::currentDate().addDays(-3));
        QPushButton *choose = nullptr;
        for (QAbstractButton *b : dialog.findChild<QDialogButtonBox *>()->buttons())
            if (b->text().contains(QStringLiteral("Choose")))
                choose = qobject_cast<QPushButton *>(b);
        QVERIFY(choose);
        QVERIFY(!choose->isEnabled());
    }

    void reportRangeDefaultsToTheLatestDaysWithData()
    {
        // An imported journal whose last check-in is months ago opens on its last 90 days.
        const QDate last = QDate::currentDate().addDays(-200);
        ReportRangeDialog dialog(last);
        QCOMPARE(dialog.to(), last);
        QCOMPARE(dialog.from(), last.addDays(-89));
        // Recent data: the last 90 days up to today.
        ReportRangeDialog recent(QDate::currentDate().addDays(-5));
        QCOMPARE(recent.to(), QDate::currentDate());
        // Wide enough for its title not to be cut.
        dialog.show();
        QVERIFY(dialog.width() >= dialog.fontMetrics().horizontalAdvance(
                                      QStringLiteral("Visit report — Fibro Companion")) +
                                      80);
    }

private:
    test::AppFixture m_app;
};

FC_UI_TEST_MAIN(TstExportUi)
#include "tst_exportui.moc"
