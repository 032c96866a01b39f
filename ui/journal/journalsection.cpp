#include "ui/journal/journalsection.h"

#include "core/displaydate.h"
#include "core/settings.h"
#include "journal/backupmanager.h"
#include "ui/appcontext.h"
#include "ui/checkindialog.h"
#include "ui/exertioninputs.h"
#include "ui/journal/daycommand.h"
#include "ui/journal/dayview.h"
#include "ui/journal/journalrefresh.h"
#include "ui/journal/journalsidepanel.h"
#include "ui/journal/symptomsdialog.h"
#include "ui/journal/trialspanel.h"
#include "ui/mainwindow.h"
#include "ui/questionnaires/acr2016dialog.h"
#include "ui/questionnaires/fiqrdialog.h"
#include "ui/readersection.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

namespace fc {

JournalSection::JournalSection(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_side(new JournalSidePanel(&window->context()->journal()))
    , m_tabs(new QTabWidget)
    , m_dayView(new DayView)
    , m_trials(new TrialsPanel(&window->context()->journal(), &window->context()->library()))
    , m_undo(new QUndoStack(this))
    , m_notifier(new DayCommandNotifier)
{
    m_notifier->setParent(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_dayView, tr("Day"));
    m_tabs->addTab(m_trials, tr("Treatments"));
    window->addSection(QStringLiteral("journal"), tr("&Journal"), m_side, m_tabs);
    createActions();

    Settings &settings = window->context()->settings();
    m_side->setShowAllDays(settings.journalShowsAllDays());
    connect(m_side, &JournalSidePanel::showAllDaysChanged, this,
            [&settings](bool on) { settings.setJournalShowsAllDays(on); });
    connect(m_side, &JournalSidePanel::daySelected, this, [this](const QDate &day) {
        m_tabs->setCurrentWidget(m_dayView);
        showDay(day);
    });
    connect(m_dayView, &DayView::editRequested, this, &JournalSection::openCheckIn);
    connect(m_dayView, &DayView::deleteRequested, this, &JournalSection::deleteDay);
    connect(m_dayView, &DayView::stepRequested, this, [this](int step) {
        const QDate day = m_dayView->day().addDays(step);
        if (day <= QDate::currentDate()) {
            m_side->selectDay(day);
            showDay(day);
        }
    });
    connect(m_trials, &TrialsPanel::message, this, &JournalSection::status);
    // Filled the first time the section is shown (a start on Today or the check-in does not
    // wait for it); every later write (a check-in, an import, a restore) reaches the section
    // through the journal.
    new JournalRefresh(
        window->context()->journal().changes(), m_side, [this] { reload(); }, true);
    connect(m_notifier, &DayCommandNotifier::changed, this, [this](const QDate &day) {
        m_side->reload();
        m_side->selectDay(day);
        showDay(day);
    });
    connect(m_notifier, &DayCommandNotifier::failed, this, [this](const QString &message) {
        QMessageBox::warning(m_window, tr("Journal not changed"), message);
    });
    connect(window->reader(), &ReaderSection::trackTreatmentRequested, this,
            &JournalSection::trackTreatment);
    if (!window->context()->backupWarning().isEmpty())
        QTimer::singleShot(0, this, [this] { status(m_window->context()->backupWarning()); });
}

void JournalSection::createActions()
{
    QMenu *journal = m_window->menu(MainWindow::Menu::Journal);
    QAction *show = journal->addAction(tr("Show &journal"), this, [this] {
        m_window->showSection(QStringLiteral("journal"));
        m_side->dayList()->setFocus();
    });
    show->setShortcut(QKeySequence(tr("Ctrl+J")));
    QAction *find = journal->addAction(tr("&Search in notes…"), this, [this] {
        m_window->showSection(QStringLiteral("journal"));
        m_side->searchField()->setFocus();
        m_side->searchField()->selectAll();
    });
    find->setShortcut(QKeySequence(tr("Ctrl+Alt+F")));
    journal->addSeparator();

    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    auto *remove = new QAction(tr("&Delete this day"), this);
    remove->setShortcut(QKeySequence::Delete);
    connect(remove, &QAction::triggered, this, [this] { deleteDay(m_dayView->day()); });
    auto *edit = new QAction(tr("&Edit this day…"), this);
    edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    connect(edit, &QAction::triggered, this, [this] { openCheckIn(m_dayView->day()); });
    auto *previous = new QAction(tr("&Previous day"), this);
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(previous, &QAction::triggered, this, [this] { emit m_dayView->stepRequested(-1); });
    auto *next = new QAction(tr("&Next day"), this);
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(next, &QAction::triggered, this, [this] { emit m_dayView->stepRequested(1); });
    // These keys mean something else in other sections (and in text fields), so they only act
    // while the focus is in the journal.
    for (QAction *a : {undo, redo, remove, edit, previous, next}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_dayView->addAction(a);
    }
    for (QAction *a : {undo, redo, previous, next})
        m_side->addAction(a);
    for (QAction *a : {remove, edit})
        m_side->dayList()->addAction(a);
    for (QAction *a : {undo, redo, edit, remove, previous, next})
        journal->addAction(a);
    journal->addSeparator();
    journal->addAction(tr("S&ymptoms…"), this, &JournalSection::editSymptoms);
    journal->addAction(tr("New &trial…"), this, [this] { trackTreatment(QString()); });
    journal->addSeparator();
    journal->addAction(tr("&Fibromyalgia impact (FIQR)…"), this, [this] { openFiqr(); });
    journal->addAction(tr("&Body map and symptom severity (ACR 2016)…"), this,
                       [this] { openBodyMap(); });

    QMenu *file = m_window->menu(MainWindow::Menu::File);
    QAction *quit = nullptr;
    for (QAction *a : file->actions())
        if (a->menuRole() == QAction::QuitRole)
            quit = a;
    auto *backUpAction = new QAction(tr("&Back up journal…"), file);
    connect(backUpAction, &QAction::triggered, this, &JournalSection::backUp);
    auto *restoreAction = new QAction(tr("&Restore journal from backup…"), file);
    connect(restoreAction, &QAction::triggered, this, &JournalSection::restore);
    auto *separator = new QAction(file);
    separator->setSeparator(true);
    file->insertActions(quit, {backUpAction, restoreAction, separator});
}

void JournalSection::status(const QString &message)
{
    m_window->statusBar()->showMessage(message, 8000);
}

void JournalSection::reload()
{
    m_side->reload();
    m_trials->reload();
    // The first time, the section opens on today.
    const QDate day = m_dayView->day().isValid() ? m_dayView->day() : QDate::currentDate();
    m_side->selectDay(day);
    showDay(day);
}

void JournalSection::showDay(const QDate &day)
{
    JournalStore &store = m_window->context()->journal();
    if (!store.isOpen())
        return;
    m_dayView->showDay(day, store.checkIn(day), store.symptoms(true),
                       store.measures().values(day, day));
}

void JournalSection::openCheckIn(const QDate &day)
{
    JournalStore &store = m_window->context()->journal();
    const Settings &settings = m_window->context()->settings();
    CheckInDialog dialog(
        &store, day.isValid() ? day : QDate::currentDate(), m_window,
        CheckInExtras{settings.exertionInCheckIn(), settings.uprightHoursInCheckIn()});
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDate saved = dialog.day();
    const QString when = QLocale().toString(saved, QLocale::LongFormat);
    m_undo->push(new DayCommand(&store, m_notifier, saved, dialog.before(), store.checkIn(saved),
                                tr("check-in for %1").arg(when), dialog.measuresBefore(),
                                dialog.measuresNow()));
    m_side->reload();
    m_side->selectDay(saved);
    showDay(saved);
    status(store.checkIn(saved) ? tr("Check-in for %1 saved.").arg(when)
                                : tr("Check-in for %1 removed. Undo with Ctrl+Z.").arg(when));
}

bool JournalSection::deleteDay(const QDate &day)
{
    JournalStore &store = m_window->context()->journal();
    const std::optional<CheckIn> before = store.checkIn(day);
    if (!before)
        return false;
    if (const Result outcome = store.deleteCheckIn(day); !outcome) {
        QMessageBox::warning(m_window, tr("Day not deleted"), outcome.message());
        return false;
    }
    const QString when = QLocale().toString(day, QLocale::LongFormat);
    m_undo->push(new DayCommand(&store, m_notifier, day, before, std::nullopt,
                                tr("delete check-in for %1").arg(when)));
    m_side->reload();
    m_side->selectDay(day);
    showDay(day);
    status(tr("Deleted the check-in for %1. Undo with Ctrl+Z.").arg(when));
    return true;
}

void JournalSection::goToDay(const QDate &day)
{
    m_window->showSection(QStringLiteral("journal"));
    m_tabs->setCurrentWidget(m_dayView);
    m_side->selectDay(day);
    showDay(day);
}

void JournalSection::trackTreatment(const QString &treatmentKey)
{
    m_window->showSection(QStringLiteral("journal"));
    m_tabs->setCurrentWidget(m_trials);
    m_trials->newTrial(treatmentKey);
}

void JournalSection::editSymptoms()
{
    SymptomsDialog dialog(&m_window->context()->journal(), m_window);
    dialog.exec();
    reload();
}

void JournalSection::openFiqr(const QDate &day)
{
    FiqrDialog dialog(&m_window->context()->journal(), day, m_window);
    if (dialog.exec() == QDialog::Accepted)
        status(
            tr("FIQR saved for %1.").arg(QLocale().toString(dialog.day(), QLocale::ShortFormat)));
}

void JournalSection::openBodyMap(const QDate &day)
{
    Acr2016Dialog dialog(&m_window->context()->journal(), day, m_window);
    if (dialog.exec() == QDialog::Accepted)
        status(tr("Body map saved for %1.").arg(displayDate(dialog.day())));
}

void JournalSection::backUp()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                tr("fibro-journal-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Back up journal"), suggested,
                                                      tr("Journal backups (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (const Result outcome =
            BackupManager::backup(m_window->context()->journal().database(), path);
        !outcome) {
        QMessageBox::warning(m_window, tr("Backup not written"), outcome.message());
        return;
    }
    status(tr("Backup written to %1.").arg(QDir::toNativeSeparators(path)));
}

void JournalSection::restore()
{
    AppContext *context = m_window->context();
    const QString backups = context->dataDirectory().backupsDir();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Restore journal from backup"),
                                                      backups, tr("Journal backups (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (const Result outcome = BackupManager::validate(path); !outcome) {
        QMessageBox::warning(m_window, tr("Backup not restored"), outcome.message());
        return;
    }
    if (QMessageBox::question(m_window, tr("Restore journal"),
                              tr("Replace the journal with the backup %1?\n\nThe current journal "
                                 "is kept as a dated copy in %2.")
                                  .arg(QDir::toNativeSeparators(path),
                                       QDir::toNativeSeparators(backups))) != QMessageBox::Yes)
        return;
    QString kept;
    if (const Result restored = BackupManager::restore(context->journal(), path, backups, &kept);
        !restored) {
        QMessageBox::warning(m_window, tr("Backup not restored"), restored.message());
        reload();
        return;
    }
    m_undo->clear(); // the undo history refers to the journal that was replaced
    reload();
    status(tr("Journal restored. The previous one was kept as %1.")
               .arg(QDir::toNativeSeparators(kept)));
}

} // namespace fc
