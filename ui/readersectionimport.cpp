// The Library's import and removal of the user's own articles.
#include "ui/appcontext.h"
#include "ui/librarypanel.h"
#include "ui/librarysidebar.h"
#include "ui/mainwindow.h"
#include "ui/readersection.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace fc {

void ReaderSection::chooseImport(bool folder)
{
    const QString home = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QStringList paths;
    if (folder) {
        const QString dir =
            QFileDialog::getExistingDirectory(m_window, tr("Import a folder of articles"), home);
        if (!dir.isEmpty())
            paths << dir;
    } else {
        paths = QFileDialog::getOpenFileNames(m_window, tr("Import articles"), home,
                                              tr("Markdown files (*.md *.markdown)"));
    }
    if (!paths.isEmpty())
        importArticles(paths);
}

void ReaderSection::importArticles(const QStringList &paths)
{
    const ImportSummary summary = m_window->context()->importArticles(paths);
    refreshLibrary();
    if (!summary.importedSlugs.isEmpty())
        openArticle(summary.importedSlugs.first());
    if (summary.errors.isEmpty()) {
        m_window->statusBar()->showMessage(summary.text(), 8000);
        return;
    }
    QMessageBox box(
        summary.importedSlugs.isEmpty() ? QMessageBox::Warning : QMessageBox::Information,
        tr("Import articles"), summary.text().section(u'\n', 0, 0), QMessageBox::Ok, m_window);
    box.setInformativeText(tr("The other files were not changed; fix them and import again."));
    box.setDetailedText(summary.text()
                            .section(u'\n', 1)
                            .replace(QLatin1String("\n  "), QLatin1String("\n"))
                            .trimmed());
    box.exec();
}

void ReaderSection::confirmRemoveCurrent()
{
    const Article *article = m_window->context()->library().find(m_currentSlug);
    if (!article || article->origin != Article::Origin::Imported)
        return;
    const auto answer = QMessageBox::question(
        m_window, tr("Remove imported article?"),
        tr("Remove “%1” from the library?\n\nIts copy in the app's data folder is deleted; the "
           "file you imported it from is not touched.")
            .arg(article->title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const Result removed = removeArticle(m_currentSlug); !removed)
        QMessageBox::warning(m_window, tr("Article not removed"), removed.message());
}

Result ReaderSection::removeArticle(const QString &slug)
{
    const QString title = m_window->context()->library().find(slug)
                              ? m_window->context()->library().find(slug)->title
                              : slug;
    if (Result step = m_window->context()->removeImportedArticle(slug); !step)
        return step;
    refreshLibrary();
    if (slug == m_currentSlug) {
        m_currentSlug.clear();
        const QStringList slugs = sidebar()->articleSlugs();
        if (!slugs.isEmpty())
            openArticle(slugs.first());
    }
    m_window->statusBar()->showMessage(tr("Removed “%1”.").arg(title), 6000);
    return {};
}

void ReaderSection::refreshLibrary()
{
    sidebar()->rebuild();
    m_panel->refresh();
    m_window->statusBar()->showMessage(tr("%Ln article(s) in the library", nullptr,
                                          int(m_window->context()->library().articles().size())));
}

} // namespace fc
