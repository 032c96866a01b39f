#include "journal/dayburden.h"

namespace fc {

DayBurden DayBurden::of(const CheckIn &checkIn, const QVector<Symptom> &symptoms)
{
    double sum = 0;
    int n = 0;
    for (const Symptom &s : symptoms) {
        const auto it = checkIn.scores.constFind(s.key);
        if (it == checkIn.scores.constEnd())
            continue;
        sum += s.higherIsBetter ? 10 - *it : *it;
        ++n;
    }
    DayBurden burden;
    if (n > 0) {
        burden.mean = sum / n;
        burden.level = burden.mean >= hardFrom   ? Level::Hard
                       : burden.mean >= fairFrom ? Level::Fair
                                                 : Level::Good;
    }
    // The person said the day was a crash: whatever the scores average, it was a hard day.
    if (checkIn.crash)
        burden.level = Level::Hard;
    return burden;
}

} // namespace fc
