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
    if (n == 0)
        return burden;
    burden.mean = sum / n;
    burden.level = burden.mean >= hardFrom   ? Level::Hard
                   : burden.mean >= fairFrom ? Level::Fair
                                             : Level::Good;
    return burden;
}

} // namespace fc
