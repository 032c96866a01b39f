#include "articles/topictaxonomy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fc {

bool TopicTaxonomy::loadFromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        if (error)
            *error = QStringLiteral("topics.json: %1 at offset %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return false;
    }
    QVector<TopicGroup> groups;
    const QJsonArray groupArray = doc.object().value(QLatin1String("groups")).toArray();
    for (const auto &g : groupArray) {
        const QJsonObject go = g.toObject();
        TopicGroup group{go.value(QLatin1String("id")).toString(),
                         go.value(QLatin1String("title")).toString(),
                         {}};
        const QJsonArray topics = go.value(QLatin1String("topics")).toArray();
        for (const auto &t : topics) {
            const QJsonObject to = t.toObject();
            group.topics.append(Topic{to.value(QLatin1String("id")).toString(),
                                      to.value(QLatin1String("title")).toString()});
        }
        if (group.id.isEmpty() || group.topics.isEmpty()) {
            if (error)
                *error = QStringLiteral("topics.json: a group without id or topics");
            return false;
        }
        groups.append(group);
    }
    if (groups.isEmpty()) {
        if (error)
            *error = QStringLiteral("topics.json: no topic groups");
        return false;
    }
    m_groups = groups;
    return true;
}

bool TopicTaxonomy::loadBundled(QString *error)
{
    QFile file(QStringLiteral(":/data/topics.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("The bundled topic list is missing.");
        return false;
    }
    return loadFromJson(file.readAll(), error);
}

QString TopicTaxonomy::titleOf(const QString &topicId) const
{
    for (const TopicGroup &g : m_groups)
        for (const Topic &t : g.topics)
            if (t.id == topicId)
                return t.title;
    return QString();
}

bool TopicTaxonomy::contains(const QString &topicId) const
{
    return !titleOf(topicId).isEmpty();
}

} // namespace fc
