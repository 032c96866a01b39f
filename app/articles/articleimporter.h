#pragma once

#include "articles/article.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace fc {

class ArticleLibrary;

struct ImportSummary
{
    QStringList importedSlugs;
    QVector<ArticleError> errors;
    int filesSeen = 0;

    // One line per problem after a first line with the counts, for the CLI and the dialog.
    QString text() const;
};

// Brings the user's own Markdown files into the library: each file goes through the same parser
// as the bundled articles, is copied into the data folder's articles/ as <slug>.md and added to
// the library. A bad file is reported (name and line) and skipped; the others still come in.
class ArticleImporter
{
    Q_DECLARE_TR_FUNCTIONS(fc::ArticleImporter)

public:
    ArticleImporter(ArticleLibrary *library, const QString &articlesDir);

    // Each path is a Markdown file or a folder, searched for *.md / *.markdown files below it.
    ImportSummary import(const QStringList &paths);
    // Deletes an imported article's file and takes it out of the library. Bundled articles
    // cannot be removed.
    Result remove(const QString &slug);

    static QStringList markdownFilesIn(const QString &path);

private:
    // name: the file's path from the imported folder, used in messages and for its id.
    bool importFile(const QString &path, const QString &name, ImportSummary *summary);

    ArticleLibrary *m_library;
    QString m_dir;
};

} // namespace fc
