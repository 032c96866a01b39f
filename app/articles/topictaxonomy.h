#pragma once

#include <QString>
#include <QVector>

namespace fc {

struct Topic
{
    QString id;
    QString title;
};

struct TopicGroup
{
    QString id;
    QString title;
    QVector<Topic> topics;
};

// The sidebar's topic tree, read from data/topics.json so it can change without code.
class TopicTaxonomy
{
public:
    bool loadFromJson(const QByteArray &json, QString *error);
    bool loadBundled(QString *error);

    const QVector<TopicGroup> &groups() const { return m_groups; }
    QString titleOf(const QString &topicId) const;
    bool contains(const QString &topicId) const;

private:
    QVector<TopicGroup> m_groups;
};

} // namespace fc
