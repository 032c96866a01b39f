#include "articles/articlelibrary.h"

#include "articles/librarycache.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <algorithm>
#include <future>

Q_LOGGING_CATEGORY(lcLibrary, "fc.articles.library")

namespace fc {

namespace {

std::optional<Article> readArticleFile(const QString &path, Article::Origin origin,
                                       ArticleError *error)
{
    QFile file(path);
    // Taken before reading: a file changed while being read then looks changed at the next start.
    const ArticleFileStat stat = origin == Article::Origin::Imported
                                     ? LibraryCache::statFile(path)
                                     : ArticleFileStat{QFileInfo(path).fileName(), -1, 0};
    const QString &name = stat.name;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ArticleError{name, 0,
                              ArticleLibrary::tr("could not be read: %1").arg(file.errorString())};
        return std::nullopt;
    }
    int badLine = 0;
    const std::optional<QString> text = decodeUtf8(file.readAll(), &badLine);
    if (!text) {
        *error = ArticleError{name, badLine, ArticleLibrary::tr("is not valid UTF-8 text")};
        return std::nullopt;
    }
    auto article = parseArticle(*text, name, origin, error);
    if (article) {
        article->filePath = path;
        article->fileSize = stat.size;
        article->fileModifiedNs = stat.modifiedNs;
    }
    return article;
}

} // namespace

Result ArticleLibrary::loadBundled()
{
    if (Result step = m_taxonomy.loadBundled(); !step)
        return step;
    QFile catalogue(QStringLiteral(":/data/treatments.json"));
    if (catalogue.open(QIODevice::ReadOnly)) {
        const QJsonArray items = QJsonDocument::fromJson(catalogue.readAll())
                                     .object()
                                     .value(QLatin1String("treatments"))
                                     .toArray();
        for (const auto &v : items)
            m_treatmentNames.insert(v[QLatin1String("id")].toString(),
                                    v[QLatin1String("name")].toString());
    }
    QDir dir(QStringLiteral(":/data/articles"));
    const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        ArticleError articleError;
        auto article = readArticleFile(dir.filePath(name), Article::Origin::Bundled, &articleError);
        if (!article)
            return fail(articleError.toString());
        if (Result added = add(*article); !added)
            return added;
    }
    return {};
}

void ArticleLibrary::loadImported(const QString &dirPath, QVector<ArticleError> *errors,
                                  const QString &cachePath)
{
    // Listing thousands of files and decoding the cache each take a few milliseconds of a start
    // the user waits for; they do not depend on each other, so they run side by side.
    auto listing = std::async(std::launch::async,
                              [dirPath] { return LibraryCache::listMarkdownFiles(dirPath); });
    QVector<CachedArticle> cached =
        cachePath.isEmpty() ? QVector<CachedArticle>() : LibraryCache::read(cachePath);
    const QVector<ArticleFileStat> files = listing.get();
    m_articles.reserve(m_articles.size() + files.size());
    m_bySlug.reserve(int(m_articles.size() + files.size()));
    const QString prefix = dirPath + u'/';
    int hits = 0;
    // Both lists are sorted by file name: one walk pairs them.
    auto next = cached.begin();
    for (const ArticleFileStat &file : files) {
        while (next != cached.end() && LibraryCache::byName(next->fileName, file.name))
            ++next;
        if (next != cached.end() && next->fileName == file.name &&
            next->article.fileSize == file.size &&
            next->article.fileModifiedNs == file.modifiedNs) {
            Article article = std::move(next->article);
            ++next;
            article.filePath = prefix + file.name;
            ++hits;
            if (const Result added = add(std::move(article)); !added && errors)
                errors->append(ArticleError{file.name, 0, added.message()});
            continue;
        }
        ArticleError articleError;
        auto article =
            readArticleFile(prefix + file.name, Article::Origin::Imported, &articleError);
        if (!article) {
            if (errors)
                errors->append(articleError);
        } else if (const Result added = add(std::move(*article)); !added && errors) {
            errors->append(ArticleError{file.name, 0, added.message()});
        }
    }
    m_cacheStale = hits != files.size() || hits != cached.size();
}

Result ArticleLibrary::saveImportedCache(const QString &cachePath)
{
    if (Result step = LibraryCache::write(cachePath, m_articles); !step)
        return step;
    m_cacheStale = false;
    return {};
}

std::optional<Article> ArticleLibrary::withBody(const Article &article, ArticleError *error)
{
    if (article.bodyLoaded)
        return article;
    ArticleError readError;
    auto loaded = readArticleFile(article.filePath, article.origin, &readError);
    if (!loaded) {
        if (error)
            *error = readError;
        return std::nullopt;
    }
    // Changed on disk since the start: the page shows the file as it is now.
    return loaded;
}

void ArticleLibrary::releaseImportedBodies()
{
    for (Article &a : m_articles) {
        if (a.origin == Article::Origin::Imported && a.bodyLoaded && !a.filePath.isEmpty()) {
            a.body.clear();
            a.body.squeeze();
            a.bodyLoaded = false;
        }
    }
}

const Article *ArticleLibrary::find(const QString &slug) const
{
    const auto it = m_bySlug.constFind(slug);
    return it == m_bySlug.constEnd() ? nullptr : &m_articles[*it];
}

QVector<const Article *> ArticleLibrary::inTopic(const QString &topicId) const
{
    QVector<const Article *> out;
    for (const Article &a : m_articles)
        if (a.topics.contains(topicId))
            out << &a;
    return out;
}

QVector<const Article *> ArticleLibrary::series(const QString &seriesId) const
{
    QVector<const Article *> out;
    if (seriesId.isEmpty())
        return out;
    for (const Article &a : m_articles)
        if (a.series == seriesId)
            out << &a;
    std::stable_sort(out.begin(), out.end(),
                     [](const Article *x, const Article *y) { return x->part < y->part; });
    return out;
}

const Article *ArticleLibrary::seriesNeighbour(const Article &article, int step) const
{
    const QVector<const Article *> parts = series(article.series);
    for (int i = 0; i < parts.size(); ++i) {
        if (parts[i]->slug == article.slug) {
            const int j = i + step;
            return (j >= 0 && j < parts.size()) ? parts[j] : nullptr;
        }
    }
    return nullptr;
}

Result ArticleLibrary::add(Article article)
{
    if (m_bySlug.contains(article.slug))
        return fail(
            tr("an article with the id \"%1\" is already in the library").arg(article.slug));
    m_cacheStale = m_cacheStale || article.origin == Article::Origin::Imported;
    m_bySlug.insert(article.slug, int(m_articles.size()));
    m_articles.append(std::move(article));
    return {};
}

bool ArticleLibrary::remove(const QString &slug)
{
    const Article *a = find(slug);
    if (!a || a->origin == Article::Origin::Bundled)
        return false;
    m_articles.removeAt(m_bySlug.value(slug));
    reindex();
    m_cacheStale = true;
    return true;
}

void ArticleLibrary::reindex()
{
    m_bySlug.clear();
    for (int i = 0; i < m_articles.size(); ++i)
        m_bySlug.insert(m_articles[i].slug, i);
}

} // namespace fc
