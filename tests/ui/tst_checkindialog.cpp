#include "checkindialog.h"
#include "journal/journalstore.h"
#include "scoreinput.h"
#include "testsupport.h"
#include "uitestmain.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPlainTextEdit>

using namespace fc;

class TstCheckInDialog : public QObject
{
    Q_OBJECT
private slots:
    void keystrokesSaveWhatWasTyped()
    {
        test::TempDataDir dir;
        JournalStore store;
        QString error;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("j.sqlite")), &error),
                 JournalDatabase::Status::Ok);
        CheckInDialog dialog(&store, QDate::currentDate());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ScoreInput *pain = dialog.scoreInput(QStringLiteral("pain"));
        QVERIFY(pain);
        QCOMPARE(QApplication::focusWidget(), pain);
        QTest::keyClick(pain, Qt::Key_7);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.scoreInput(QStringLiteral("fatigue")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_4);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto saved = store.checkIn(QDate::currentDate());
        QVERIFY(saved);
        QCOMPARE(saved->scores,
                 (QMap<QString, int>{{QStringLiteral("pain"), 7}, {QStringLiteral("fatigue"), 4}}));
    }

    void failedSaveKeepsTheDialogAndItsText()
    {
        test::TempDataDir dir;
        JournalStore store;
        QString error;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        QCOMPARE(store.open(path, &error), JournalDatabase::Status::Ok);
        CheckInDialog dialog(&store, QDate::currentDate());
        dialog.show();
        dialog.scoreInput(QStringLiteral("pain"))->setScore(6);
        dialog.noteEdit()->setPlainText(QStringLiteral("typed with effort"));
        // The journal goes away under the dialog: saving must fail without losing the entry.
        store.close();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.lastError().isEmpty());
        QCOMPARE(dialog.noteEdit()->toPlainText(), QStringLiteral("typed with effort"));
        QCOMPARE(dialog.scoreInput(QStringLiteral("pain"))->score(), 6);
    }
};

FC_UI_TEST_MAIN(TstCheckInDialog)
#include "tst_checkindialog.moc"
