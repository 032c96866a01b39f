#pragma once

#include "core/result.h"

#include <QCoreApplication>
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
    Q_DECLARE_TR_FUNCTIONS(fc::TopicTaxonomy)

public:
    Result loadFromJson(const QByteArray &json);
    Result loadBundled();

    const QVector<TopicGroup> &groups() const { return m_groups; }
    QString titleOf(const QString &topicId) const;
    bool contains(const QString &topicId) const;

private:
    QVector<TopicGroup> m_groups;
};

} // namespace fc
