#pragma once

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QTime>
#include <optional>

namespace fc {

struct Symptom
{
    qint64 id = 0;
    QString key;  // stable id used in CSV and insights ("pain", "brain_fog", or a user's own)
    QString name; // shown to the user
    bool higherIsBetter = false;
    QString lowLabel;
    QString midLabel;
    QString highLabel;
    int position = 0;
    bool hidden = false;
    bool builtin = false;
};

struct CheckIn
{
    qint64 id = 0;
    QDate day;
    QTime time; // invalid: no time of day given
    std::optional<double> hoursSlept;
    bool crash = false;
    QString note;
    QMap<QString, int> scores; // symptom key -> 0..10; a missing key means "not logged"
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Note
{
    qint64 id = 0;
    QString title;
    QString body; // Markdown
    QDate day;    // optional link to a journal day
    QString articleSlug;
    QString quote; // the article passage the note is about
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace fc
