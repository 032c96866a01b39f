#include "insights/seriescorrelation.h"

#include <QLocale>
#include <cmath>

namespace fc {

namespace {

QString strength(double rho)
{
    const double r = std::abs(rho);
    if (r < 0.1)
        return QStringLiteral("no");
    if (r < 0.3)
        return QStringLiteral("a weak");
    if (r < 0.5)
        return QStringLiteral("a moderate");
    return QStringLiteral("a strong");
}

QString lagText(int lag)
{
    if (lag == 0)
        return QStringLiteral("on the same day");
    if (lag == 1)
        return QStringLiteral("on the next day");
    return QStringLiteral("%1 days later").arg(lag);
}

} // namespace

SeriesCorrelation correlateSeries(const JournalSeries &series, const QString &xKey,
                                  const QString &yKey, int lag, QDate from, QDate to)
{
    SeriesCorrelation c;
    c.xKey = xKey;
    c.yKey = yKey;
    c.xName = series.displayName(xKey);
    c.yName = series.displayName(yKey);
    c.lag = qBound(0, lag, SeriesCorrelation::maximumLag);
    c.from = from.isValid() ? qMax(from, series.first()) : series.first();
    c.to = to.isValid() ? qMin(to, series.last()) : series.last();

    QVector<double> xs;
    QVector<double> ys;
    QVector<double> dailyX; // every day of the range, NaN where not logged, for the shift test
    QVector<double> dailyY;
    if (series.hasSeries(xKey) && series.hasSeries(yKey) && c.from.isValid() && c.to >= c.from) {
        for (QDate d = c.from; d <= c.to; d = d.addDays(1)) {
            const double x = series.value(xKey, d.addDays(-c.lag));
            const double y = series.value(yKey, d);
            dailyX << x;
            dailyY << y;
            if (std::isfinite(x) && std::isfinite(y)) {
                xs.append(x);
                ys.append(y);
                c.pairs.append(QPointF(x, y));
            }
        }
    }
    const int n = int(c.pairs.size());
    if (n < SeriesCorrelation::minimumPairs) {
        c.message = QStringLiteral("Not enough data yet: %1 needs at least %2 days with both "
                                   "logged; there are %3, so log %4 more.")
                        .arg(QStringLiteral("a relation"))
                        .arg(SeriesCorrelation::minimumPairs)
                        .arg(n)
                        .arg(SeriesCorrelation::minimumPairs - n);
        c.sentence = c.message;
        return c;
    }
    c.result = stats::spearman(xs, ys);
    if (!c.result.valid) {
        c.message = QStringLiteral("No relation can be computed: %1 (one of the two did not "
                                   "change in these days).")
                        .arg(c.result.error);
        c.sentence = c.message;
        return c;
    }
    c.enoughData = true;
    const double rho = c.result.rho;
    const QString direction = rho > 0 ? QStringLiteral("higher") : QStringLiteral("lower");
    c.sentence = QStringLiteral("Spearman's rho = %1 over %2 days: %3 relation")
                     .arg(QLocale::c().toString(rho, 'f', 2))
                     .arg(n)
                     .arg(strength(rho));
    if (std::abs(rho) >= 0.1)
        c.sentence += QStringLiteral(" (days with higher %1 tended to have %2 %3 %4)")
                          .arg(c.xName.toLower(), direction, c.yName.toLower(), lagText(c.lag));
    c.chance = stats::circularShiftTest(dailyX, dailyY);
    if (!c.chance.valid)
        c.sentence += QStringLiteral(". With fewer than 50 days this cannot say whether it is more "
                                     "than chance: days in a row are alike, and that makes chance "
                                     "relations look strong");
    else if (c.chance.pTwoSided < 0.05)
        c.sentence += QStringLiteral(". Shifting one series against the other by two weeks or more "
                                     "gave a relation this strong in %1 of %2 shifts (p = %3), so "
                                     "it is unlikely to be chance alone")
                          .arg(c.chance.asExtreme)
                          .arg(c.chance.shifts)
                          .arg(QLocale::c().toString(c.chance.pTwoSided, 'f', 3));
    else
        c.sentence += QStringLiteral(". Shifting one series against the other by two weeks or more "
                                     "gave a relation at least this strong in %1 of %2 shifts "
                                     "(p = %3), so it may well be chance: days in a row are alike, "
                                     "which makes chance relations look strong")
                          .arg(c.chance.asExtreme)
                          .arg(c.chance.shifts)
                          .arg(QLocale::c().toString(c.chance.pTwoSided, 'f', 2));
    c.sentence += QStringLiteral(". A relation is not proof that one causes the other.");

    if (std::abs(rho) < 0.1) {
        c.summary = QStringLiteral("%1 and %2 did not go together over these %3 days.")
                        .arg(c.xName, c.yName.toLower())
                        .arg(n);
        return c;
    }
    c.summary = QStringLiteral("On days with more %1, %2 tended to be %3 %4")
                    .arg(c.xName.toLower(), c.yName.toLower(), direction, lagText(c.lag));
    if (!c.chance.valid)
        c.summary += QStringLiteral(", but %1 days are too few to tell this from chance.").arg(n);
    else if (c.chance.pTwoSided < 0.05)
        c.summary += QStringLiteral(", more than chance would make of days like yours. That does "
                                    "not show one causes the other.");
    else
        c.summary += QStringLiteral(", but a link this strong often comes up by chance in days "
                                    "like yours.");
    return c;
}

} // namespace fc
