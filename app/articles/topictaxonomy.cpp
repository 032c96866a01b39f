#include "articles/topictaxonomy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fc {

Result TopicTaxonomy::loadFromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return fail(tr("topics.json: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
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
        if (group.id.isEmpty() || group.topics.isEmpty())
            return fail(tr("topics.json: a group without id or topics"));
        groups.append(group);
    }
    if (groups.isEmpty())
        return fail(tr("topics.json: no topic groups"));
    m_groups = groups;
    return {};
}

Result TopicTaxonomy::loadBundled()
{
    QFile file(QStringLiteral(":/data/topics.json"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The bundled topic list is missing."));
    return loadFromJson(file.readAll());
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
