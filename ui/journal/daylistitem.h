#pragma once

#include "journal/entities.h"

#include <QVector>

class QListWidget;
class QListWidgetItem;

namespace fc {

// One day as the Journal and the Today page list it: the date, how hard the day was (a word,
// and a dot whose shape differs too), crash/flare, then the scores; the day is in Qt::UserRole.
QListWidgetItem *addDayListItem(QListWidget *list, const CheckIn &checkIn,
                                const QVector<Symptom> &symptoms, const QString &dateFormat);

} // namespace fc
