#pragma once

#include "journal/entities.h"

#include <QVector>

namespace fc {

// How heavy a day was: the mean of its logged scores, each turned so that higher is worse
// (10 - score for sleep quality and other higher-is-better symptoms). A day marked as a crash is
// hard whatever its scores. The Journal colours days by it and the visit report counts its hard
// days, so both use the same thresholds.
struct DayBurden
{
    enum class Level { NotScored, Good, Fair, Hard };

    double mean = 0;
    Level level = Level::NotScored;

    static constexpr double hardFrom = 6.5;
    static constexpr double fairFrom = 3.5;

    static DayBurden of(const CheckIn &checkIn, const QVector<Symptom> &symptoms);
};

} // namespace fc
