#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace fc {

// One number a study reported, kept as the article gives it so the app can put a patient's own
// result beside it without re-deriving anything.
struct StudyResult
{
    QString measure;
    QString symptom; // journal symptom key, empty when none matches
    QString note;
    std::optional<double> treatmentChangePercent;
    std::optional<double> placeboChangePercent;
    std::optional<double> treatmentPercent;
    std::optional<double> placeboPercent;
    std::optional<double> p;
    std::optional<int> week;
};

struct StudyInfo
{
    QString design;
    QString population;
    QString dose;
    QString doseUnit;
    std::optional<double> doseValue;
    std::optional<int> participants;
    std::optional<int> treatmentParticipants;
    std::optional<int> placeboParticipants;
    std::optional<int> weeks;
    QVector<StudyResult> results;

    bool isEmpty() const { return design.isEmpty() && !participants && results.isEmpty(); }
};

struct Caution
{
    QString treatment; // treatment catalogue id
    QString quote;     // the author's words, verbatim
};

struct Article
{
    enum class Origin { Bundled, Imported };

    QString slug;
    QString title;
    QString summary;
    QString source;
    QString series;
    QString seriesTitle;
    int part = 0;
    bool excerpt = false;
    QStringList topics;
    QStringList treatments;
    StudyInfo study;
    QVector<Caution> cautions;
    QString body;          // Markdown, without front matter
    int bodyFirstLine = 1; // line of the file where the body starts, for error messages
    Origin origin = Origin::Bundled;
    QString filePath;
    // An imported article known from the library cache has its front matter only: thousands of
    // files are not read at every start. ArticleLibrary::withBody() reads the body when needed.
    bool bodyLoaded = true;
    // The file as it was when parsed, to tell at the next start whether the cache still holds.
    qint64 fileSize = -1;
    qint64 fileModifiedNs = 0;
};

struct ArticleError
{
    QString file;
    int line = 0;
    QString message;

    QString toString() const;
};

// Parses front matter + Markdown. Bundled articles must carry title and slug; an imported file
// from another app may lack them, so the title falls back to its first level-1 heading or the
// file name and the slug to the file name.
std::optional<Article> parseArticle(const QString &text, const QString &fileName,
                                    Article::Origin origin, ArticleError *error);

// Decodes bytes as strict UTF-8, reporting the line of the first invalid sequence.
std::optional<QString> decodeUtf8(const QByteArray &bytes, int *badLine);

QString slugify(const QString &text);

} // namespace fc
