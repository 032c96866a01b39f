#include "ui/export/exportactions.h"

#include "export/csvimport.h"
#include "export/journalcsv.h"
#include "ui/appcontext.h"
#include "ui/export/csvimportdialog.h"
#include "ui/export/healthimportdialog.h"
#include "ui/export/reportrangedialog.h"
#include "ui/jobs/reportjob.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

namespace fc {

ExportActions::ExportActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    QMenu *file = window->menu(MainWindow::Menu::File);
    QAction *before = nullptr;
    for (QAction *a : file->actions())
        if (a->menuRole() == QAction::QuitRole)
            before = a;
    auto add = [&](const QString &text, void (ExportActions::*slot)(), const QString &name) {
        auto *action = new QAction(text, file);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        file->insertAction(before, action);
        return action;
    };
    add(tr("Export &visit report…"), &ExportActions::exportVisitReport,
        QStringLiteral("exportVisitReport"))
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    add(tr("Export journal as &CSV…"), &ExportActions::exportCsv,
        QStringLiteral("exportJournalCsv"));
    add(tr("Import &journal CSV…"), &ExportActions::importCsv, QStringLiteral("importJournalCsv"));
    add(tr("Import &health data…"), &ExportActions::importHealth,
        QStringLiteral("importHealthData"));
    auto *separator = new QAction(file);
    separator->setSeparator(true);
    file->insertAction(before, separator);
}

QString ExportActions::documentsPath(const QString &fileName) const
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(fileName);
}

void ExportActions::importCsv()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import journal CSV"), documentsPath(QString()),
                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    JournalStore &journal = m_window->context()->journal();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // Read once: each choice in the preview plans again from these bytes, so the plan always
    // comes from the file, never half-edited.
    QByteArray data;
    CsvImportPlan plan;
    if (CsvImport::readFile(path, &data, &plan))
        plan = CsvImport::plan(data, journal);
    QApplication::restoreOverrideCursor();
    CsvImportDialog dialog(path, plan, m_window);
    dialog.allowMapping(journal.symptoms(true), journal.trials().treatments(),
                        [&journal, data](const CsvNameChoices &choices) {
                            return CsvImport::plan(data, journal, choices);
                        });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CsvImportPlan chosen = dialog.plan();
    if (const Result imported = CsvImport::apply(chosen, journal); !imported) {
        QMessageBox::warning(m_window, tr("Nothing imported"),
                             tr("Nothing from %1 was imported: %2")
                                 .arg(QDir::toNativeSeparators(path), imported.message()));
        return;
    }
    m_window->statusBar()->showMessage(tr("Imported %1.").arg(chosen.additions()), 10000);
}

void ExportActions::importHealth()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import health data"), documentsPath(QString()),
        tr("Apple Health or Gadgetbridge export (*.zip *.xml *.db *.sqlite Gadgetbridge);;"
           "All files (*)"));
    if (path.isEmpty())
        return;
    const QString shown = QDir::toNativeSeparators(path);
    const Expected<HealthData> data = readHealthExportWithProgress(path, m_window);
    if (!data) {
        QMessageBox::warning(m_window, tr("Nothing imported"), data.message());
        return;
    }
    QString details = data->summary();
    if (!data->remarks.isEmpty())
        details += QStringLiteral("\n\n") + data->remarks.join(u'\n');
    if (data->days.isEmpty()) {
        QMessageBox::information(
            m_window, tr("Nothing to import"),
            tr("%1 (%2) holds no daily values to import.\n\n%3").arg(shown, data->format, details));
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Import health data"),
                    tr("%1 (%2)\n\n%3\n\nAdd these daily values to the journal? A day's "
                       "value from an earlier import is replaced.")
                        .arg(shown, data->format, details),
                    QMessageBox::Cancel, m_window);
    QPushButton *import = ask.addButton(tr("&Import"), QMessageBox::AcceptRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != import)
        return;
    const Expected<MeasureWrite> written =
        HealthImport::apply(*data, m_window->context()->journal());
    if (!written) {
        QMessageBox::warning(m_window, tr("Nothing imported"),
                             tr("Nothing from %1 was imported: %2").arg(shown, written.message()));
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Imported from %1: %2 day values added, %3 changed, %4 already in the journal.")
            .arg(shown)
            .arg(written->added)
            .arg(written->changed)
            .arg(written->unchanged),
        10000);
}

void ExportActions::exportCsv()
{
    const QString longFilter = tr("Long layout, everything in the journal (*.csv)");
    const QString wideFilter = tr("Wide layout, one row a day for spreadsheets (*.csv)");
    QString chosen = longFilter;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export journal as CSV"),
        documentsPath(tr("fibro-journal-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))),
        longFilter + QStringLiteral(";;") + wideFilter, &chosen);
    if (path.isEmpty())
        return;
    const auto layout = chosen == wideFilter ? journalcsv::Layout::Wide : journalcsv::Layout::Long;
    const Expected<int> rows =
        journalcsv::exportToFile(m_window->context()->journal(), layout, path);
    if (!rows) {
        QMessageBox::warning(m_window, tr("CSV not written"), rows.message());
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Wrote %1 (%n row(s)).", nullptr, *rows).arg(QDir::toNativeSeparators(path)), 8000);
}

void ExportActions::exportVisitReport()
{
    ReportRangeDialog range(m_window->context()->journal().lastCheckInDay(), m_window);
    if (range.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export visit report"),
        documentsPath(tr("visit-report-%1.pdf").arg(range.to().toString(Qt::ISODate))),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    auto *job = new ReportJob(m_window->context(), this);
    m_window->statusBar()->showMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    connect(job, &ReportJob::finished, this, [this, job](const JobResult &result) {
        job->deleteLater();
        if (result.ok)
            m_window->statusBar()->showMessage(result.message, 8000);
        else
            QMessageBox::warning(m_window, tr("Report not written"), result.message);
    });
    job->start(path, range.from(), range.to());
}

} // namespace fc
