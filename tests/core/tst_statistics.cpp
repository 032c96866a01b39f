#include "insights/statistics.h"
#include "insights/studentttable.h"
#include "testsuites.h"

#include <QtTest>
#include <cmath>
#include <limits>

using namespace fc::stats;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kPi = 3.14159265358979323846;

// Reference values below were computed twice, independently: Simpson integration of the t
// density (20000 panels) and mpmath's betainc at 40 digits; both agreed to ~1e-12.
constexpr double kRel = 1e-8;

bool near(double actual, double expected, double relTol)
{
    return std::abs(actual - expected) <= relTol * std::abs(expected);
}

#define QCOMPARE_REL(actual, expected, tol)                                                        \
    do {                                                                                           \
        const double a_ = (actual);                                                                \
        const double e_ = (expected);                                                              \
        if (!near(a_, e_, tol))                                                                    \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 (rel. tol. %4)")                 \
                                 .arg(QStringLiteral(#actual))                                     \
                                 .arg(a_, 0, 'g', 17)                                              \
                                 .arg(e_, 0, 'g', 17)                                              \
                                 .arg(tol)));                                                      \
    } while (false)

const double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

class TstStatistics : public QObject
{
    Q_OBJECT

private slots:
    void summarizeValues()
    {
        // {2,4,4,4,5,5,7,9}: sum 40, mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32, var 32/7
        const Summary s = summarize({2, 4, 4, 4, 5, 5, 7, 9});
        QCOMPARE(s.n, 8);
        QCOMPARE(s.mean, 5.0);
        QCOMPARE_REL(s.variance, 32.0 / 7.0, 1e-15);
        QCOMPARE(s.min, 2.0);
        QCOMPARE(s.max, 9.0);
    }

    void summarizeEdgeCases()
    {
        const Summary empty = summarize({});
        QCOMPARE(empty.n, 0);
        QVERIFY(std::isnan(empty.mean) && std::isnan(empty.variance));
        QVERIFY(std::isnan(empty.min) && std::isnan(empty.max));

        const Summary one = summarize({3.5});
        QCOMPARE(one.n, 1);
        QCOMPARE(one.mean, 3.5);
        QVERIFY(std::isnan(one.variance));
        QCOMPARE(one.min, 3.5);
        QCOMPARE(one.max, 3.5);

        // Non-finite values are missing: {1, 3} remain, mean 2, var ((-1)^2 + 1^2)/1 = 2
        const Summary mixed = summarize({kNaN, 1, kInf, 3, -kInf});
        QCOMPARE(mixed.n, 2);
        QCOMPARE(mixed.mean, 2.0);
        QCOMPARE(mixed.variance, 2.0);
        QCOMPARE(mixed.min, 1.0);
        QCOMPARE(mixed.max, 3.0);

        QCOMPARE(summarize({kNaN, kInf}).n, 0);

        // 0.1 + 0.1 + 0.1 is not 0.3 in binary; a constant series must still be exactly constant.
        const Summary constant = summarize({0.1, 0.1, 0.1});
        QCOMPARE(constant.mean, 0.1);
        QCOMPARE(constant.variance, 0.0);
        // 1e308 * 3 overflows a plain sum
        const Summary huge = summarize({1e308, 1e308, 1e308});
        QCOMPARE(huge.mean, 1e308);
        QCOMPARE(huge.variance, 0.0);
    }

    void incompleteBeta()
    {
        // I_x(1,1) = x;  I_x(a,1) = x^a;  I_x(1,b) = 1 - (1-x)^b;  I_0.5(a,a) = 0.5
        QCOMPARE_REL(incompleteBetaRegularized(1, 1, 0.3), 0.3, 1e-13);
        QCOMPARE_REL(incompleteBetaRegularized(2.5, 1, 0.6), std::pow(0.6, 2.5), 1e-13);
        QCOMPARE_REL(incompleteBetaRegularized(1, 4, 0.2), 1 - std::pow(0.8, 4), 1e-13);
        QCOMPARE_REL(incompleteBetaRegularized(7.5, 7.5, 0.5), 0.5, 1e-13);
        QCOMPARE(incompleteBetaRegularized(2, 3, 0.0), 0.0);
        QCOMPARE(incompleteBetaRegularized(2, 3, 1.0), 1.0);

        QVERIFY(std::isnan(incompleteBetaRegularized(0, 1, 0.5)));
        QVERIFY(std::isnan(incompleteBetaRegularized(1, -1, 0.5)));
        QVERIFY(std::isnan(incompleteBetaRegularized(1, 1, 1.5)));
        QVERIFY(std::isnan(incompleteBetaRegularized(1, 1, -0.1)));
        QVERIFY(std::isnan(incompleteBetaRegularized(kNaN, 1, 0.5)));
        QVERIFY(std::isnan(incompleteBetaRegularized(1, 1, kNaN)));
    }

    void tCdf()
    {
        QCOMPARE_REL(studentTCdf(2.0, 10), 0.963306, 1e-6); // textbook table
        // Reference: 0.96330598261463
        QCOMPARE_REL(studentTCdf(2.0, 10), 0.96330598261463, kRel);
        QCOMPARE_REL(studentTCdf(-2.0, 10), 1 - 0.96330598261463, kRel);
        // Reference: F(-1.5; 2.5) = 0.12391822654315
        QCOMPARE_REL(studentTCdf(-1.5, 2.5), 0.12391822654315, kRel);

        // df = 1 (Cauchy): F(t) = 1/2 + atan(t)/pi;  F(0.3) = 0.59277357907774
        QCOMPARE_REL(studentTCdf(0.3, 1), 0.59277357907774, kRel);
        // Far tail keeps relative precision: F(-1e6; 1) = atan(1e-6)/pi = 3.1830988618369e-7
        QCOMPARE_REL(studentTCdf(-1e6, 1), std::atan(1e-6) / kPi, 1e-10);
        // df = 2: F(t) = 1/2 + t / (2 sqrt(t^2 + 2));  F(1) = 1/2 + 1/(2 sqrt 3) = 0.78867513459481
        QCOMPARE_REL(studentTCdf(1.0, 2), 0.5 + 1 / (2 * std::sqrt(3.0)), 1e-12);

        QCOMPARE(studentTCdf(0.0, 7), 0.5);
        QCOMPARE(studentTCdf(kInf, 3), 1.0);
        QCOMPARE(studentTCdf(-kInf, 3), 0.0);
        // Large df approaches the normal: Phi(1.96) = 0.97500210485178
        QCOMPARE_REL(studentTCdf(1.96, 1e6), 0.97500210485178, 1e-6);
        QCOMPARE_REL(studentTCdf(1.96, kInf), 0.97500210485178, 1e-12);

        QVERIFY(std::isnan(studentTCdf(kNaN, 5)));
        QVERIFY(std::isnan(studentTCdf(1.0, 0)));
        QVERIFY(std::isnan(studentTCdf(1.0, -3)));
        QVERIFY(std::isnan(studentTCdf(1.0, kNaN)));
    }

    void tQuantile()
    {
        // textbook tables
        QCOMPARE_REL(studentTQuantile(0.975, 5), 2.570582, 1e-6);
        QCOMPARE_REL(studentTQuantile(0.975, 30), 2.042272, 1e-6);
        // Reference: 2.5705818356363, 2.0422724563012, 6.3137515146750, -10.214531852407
        QCOMPARE_REL(studentTQuantile(0.975, 5), 2.5705818356363, kRel);
        QCOMPARE_REL(studentTQuantile(0.975, 30), 2.0422724563012, kRel);
        QCOMPARE_REL(studentTQuantile(0.95, 1), 6.3137515146750, kRel);
        QCOMPARE_REL(studentTQuantile(0.001, 3), -10.214531852407, kRel);
        QCOMPARE_REL(studentTQuantile(0.025, 5), -2.5705818356363, kRel);
        // df = 2: t = (2p - 1) sqrt(2 / (1 - (2p-1)^2));  p = 0.9 -> 0.8 sqrt(2/0.36)
        // = 1.8856180831641
        QCOMPARE_REL(studentTQuantile(0.9, 2), 0.8 * std::sqrt(2 / 0.36), 1e-12);
        // normal: z(0.975) = 1.9599639845401
        QCOMPARE_REL(studentTQuantile(0.975, kInf), 1.9599639845401, 1e-12);

        for (double df : {0.5, 1.0, 3.7, 12.0, 250.0}) {
            for (double p : {1e-9, 0.01, 0.3, 0.6, 0.99, 1 - 1e-9})
                QCOMPARE_REL(studentTCdf(studentTQuantile(p, df), df), p, 1e-9);
        }

        QCOMPARE(studentTQuantile(0.5, 4), 0.0);
        QCOMPARE(studentTQuantile(0.0, 4), -kInf);
        QCOMPARE(studentTQuantile(1.0, 4), kInf);
        QVERIFY(std::isnan(studentTQuantile(1.5, 4)));
        QVERIFY(std::isnan(studentTQuantile(-0.1, 4)));
        QVERIFY(std::isnan(studentTQuantile(kNaN, 4)));
        QVERIFY(std::isnan(studentTQuantile(0.9, 0)));
        QVERIFY(std::isnan(studentTQuantile(0.9, kNaN)));
    }

    void welchFirstSample()
    {
        // a: mean 15/5 = 3, var (4+1+0+1+4)/4 = 2.5;  b: mean 42/6 = 7, var (25+9+1+1+9+25)/5 = 14
        // se^2 = 2.5/5 + 14/6 = 0.5 + 7/3 = 17/6, se = 1.6832508230603
        // df = (17/6)^2 / (0.5^2/4 + (7/3)^2/5) = (289/36) / (829/720) = 5780/829 = 6.9722557297949
        // t = 4 / 1.6832508230603 = 2.3763541031440
        // q(0.975; 6.9722557) = 2.3665330449008;  CI = 4 -/+ 2.3665330449008 * 1.6832508230603
        //   = 0.016531304371, 7.983468695629
        // p = 2 (1 - F(2.3763541; 6.9722557)) = 0.049284338206730
        const WelchResult r = welch({1, 2, 3, 4, 5}, {2, 4, 6, 8, 10, 12});
        QVERIFY(r.valid);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.nA, 5);
        QCOMPARE(r.nB, 6);
        QCOMPARE(r.meanA, 3.0);
        QCOMPARE(r.meanB, 7.0);
        QCOMPARE(r.difference, 4.0);
        QCOMPARE_REL(r.standardError, 1.6832508230603, kRel);
        QCOMPARE_REL(r.df, 5780.0 / 829.0, 1e-13);
        QCOMPARE_REL(r.tStatistic, 2.3763541031440, kRel);
        QCOMPARE_REL(r.ciLow, 0.016531304371, 1e-7); // small end: ~1e-11 absolute from the ref
        QCOMPARE_REL(r.ciHigh, 7.983468695629, kRel);
        QCOMPARE_REL(r.pTwoSided, 0.049284338206730, kRel);
    }

    void welchSecondSample()
    {
        // a = {7,6,8,7,9,6,7}: mean 50/7, sum sq 364, SS = 364 - 2500/7 = 48/7, var 8/7
        // b = {5,6,4,5}: mean 5, SS 0+1+1+0 = 2, var 2/3
        // diff = 5 - 50/7 = -15/7 = -2.1428571428571;  se^2 = (8/7)/7 + (2/3)/4 = 8/49 + 1/6 =
        // 97/294 se = 0.57439705151499;  df = (97/294)^2 / ((8/49)^2/6 + (1/6)^2/3) = 28227/3553
        // = 7.9445538981143 t = -2.1428571428571 / 0.57439705151499 = -3.7306200253036 90% CI:
        // q(0.95; 7.9445539) = 1.8612318965707;  -15/7 -/+ 1.8612318965707 * 0.57439705151499
        //   = -3.2119432564330, -1.0737710292813
        // p = 2 F(-3.7306200; 7.9445539) = 0.0058549311483062
        const WelchResult r = welch({7, 6, 8, 7, 9, 6, 7}, {5, 6, 4, 5}, 0.90);
        QVERIFY(r.valid);
        QCOMPARE_REL(r.difference, -15.0 / 7.0, 1e-14);
        QCOMPARE_REL(r.standardError, 0.57439705151499, kRel);
        QCOMPARE_REL(r.df, 28227.0 / 3553.0, 1e-13);
        QCOMPARE_REL(r.tStatistic, -3.7306200253036, kRel);
        QCOMPARE_REL(r.ciLow, -3.2119432564330, kRel);
        QCOMPARE_REL(r.ciHigh, -1.0737710292813, kRel);
        QCOMPARE_REL(r.pTwoSided, 0.0058549311483062, kRel);
    }

    void welchZeroVariance()
    {
        // a constant: var a 0; b = {1,2,3,4}: mean 2.5, var (2.25+0.25+0.25+2.25)/3 = 5/3
        // se^2 = 0 + (5/3)/4 = 5/12, se = 0.64549722436790;  df = (5/12)^2 / ((5/12)^2/3) = 3
        // t = -0.5 / 0.64549722436790 = -0.77459666924148;  q(0.975; 3) = 3.1824463052837
        // CI = -0.5 -/+ 3.1824463052837 * 0.6454972243679 = -2.5542602567605, 1.5542602567605
        // p = 0.49502534605971
        const WelchResult one = welch({3, 3, 3}, {1, 2, 3, 4});
        QVERIFY(one.valid);
        QCOMPARE(one.difference, -0.5);
        QCOMPARE_REL(one.df, 3.0, 1e-14);
        QCOMPARE_REL(one.tStatistic, -0.77459666924148, kRel);
        QCOMPARE_REL(one.ciLow, -2.5542602567605, kRel);
        QCOMPARE_REL(one.ciHigh, 1.5542602567605, kRel);
        QCOMPARE_REL(one.pTwoSided, 0.49502534605971, kRel);

        // Both constant, means differ: the difference is certain.
        const WelchResult differ = welch({4, 4, 4}, {2.5, 2.5});
        QVERIFY(differ.valid);
        QCOMPARE(differ.difference, -1.5);
        QCOMPARE(differ.standardError, 0.0);
        QCOMPARE(differ.ciLow, -1.5);
        QCOMPARE(differ.ciHigh, -1.5);
        QCOMPARE(differ.tStatistic, -kInf);
        QCOMPARE(differ.pTwoSided, 0.0);
        QVERIFY(std::isnan(differ.df));

        const WelchResult same = welch({0.1, 0.1, 0.1}, {0.1, 0.1});
        QVERIFY(same.valid);
        QCOMPARE(same.difference, 0.0);
        QCOMPARE(same.tStatistic, 0.0);
        QCOMPARE(same.pTwoSided, 1.0);
        QCOMPARE(same.ciLow, 0.0);
        QCOMPARE(same.ciHigh, 0.0);
    }

    void welchBadInput()
    {
        // Non-finite values are missing data: the first sample again, same answers.
        const WelchResult skipped = welch({1, 2, kNaN, 3, 4, 5, kInf}, {2, 4, 6, -kInf, 8, 10, 12});
        QVERIFY(skipped.valid);
        QCOMPARE(skipped.nA, 5);
        QCOMPARE(skipped.nB, 6);
        QCOMPARE_REL(skipped.df, 5780.0 / 829.0, 1e-13);
        QCOMPARE_REL(skipped.pTwoSided, 0.049284338206730, kRel);

        const WelchResult tooFew = welch({1, kNaN, kInf}, {1, 2, 3});
        QVERIFY(!tooFew.valid);
        QCOMPARE(tooFew.nA, 1);
        QVERIFY(tooFew.error.contains(QStringLiteral("group A has 1")));
        QVERIFY(std::isnan(tooFew.pTwoSided));

        const WelchResult empty = welch({}, {});
        QVERIFY(!empty.valid);
        QVERIFY(empty.error.contains(QStringLiteral("group B has 0")));

        for (double confidence : {0.0, 1.0, -0.5, 95.0, kNaN}) {
            const WelchResult r = welch({1, 2, 3}, {4, 5, 6}, confidence);
            QVERIFY(!r.valid);
            QVERIFY(r.error.contains(QStringLiteral("confidence")));
        }
    }

    void rankValues()
    {
        // sorted 1,1,2,3,4,5,6,9 -> the two 1s share (1+2)/2 = 1.5, then 3,4,5,6,7,8
        QCOMPARE(ranks({3, 1, 4, 1, 5, 9, 2, 6}), QVector<double>({4, 1.5, 5, 1.5, 6, 8, 3, 7}));
        // three-way tie at positions 2..4 -> (2+3+4)/3 = 3
        QCOMPARE(ranks({10, 20, 20, 20, 30}), QVector<double>({1, 3, 3, 3, 5}));
        QCOMPARE(ranks({7, 7, 7}), QVector<double>({2, 2, 2}));
        QVERIFY(ranks({}).isEmpty());
        QCOMPARE(ranks({42}), QVector<double>({1}));

        const QVector<double> r = ranks({5, kNaN, 1, kInf, 5});
        QCOMPARE(r.size(), 5);
        QCOMPARE(r[0], 2.5);
        QVERIFY(std::isnan(r[1]));
        QCOMPARE(r[2], 1.0);
        QVERIFY(std::isnan(r[3]));
        QCOMPARE(r[4], 2.5);
    }

    void spearmanWithTies()
    {
        // x = {1,2,2,3,4} -> ranks {1, 2.5, 2.5, 4, 5};  y = {2,1,3,3,5} -> ranks {2, 1, 3.5, 3.5,
        // 5} mean rank 3: dx = {-2,-0.5,-0.5,1,2}, dy = {-1,-2,0.5,0.5,2} Sxy = 2 + 1 - 0.25 + 0.5
        // + 4 = 7.25;  Sxx = 4+0.25+0.25+1+4 = 9.5;  Syy = 1+4+0.25+0.25+4 = 9.5 rho = 7.25 / 9.5 =
        // 29/38 = 0.76315789473684 t = rho sqrt(3 / (1 - rho^2)) = (29/38) sqrt(3 * 1444/603) =
        // 29/sqrt(201) = 2.0455022859899 p = 2 (1 - F(2.0455022859899; 3)) = 0.13333911953181
        const Correlation c = spearman({1, 2, 2, 3, 4}, {2, 1, 3, 3, 5});
        QVERIFY(c.valid);
        QVERIFY(c.error.isEmpty());
        QCOMPARE(c.n, 5);
        QCOMPARE_REL(c.rho, 29.0 / 38.0, 1e-14);
        QCOMPARE_REL(c.pTwoSided, 0.13333911953181, kRel);

        // x ranks {1,2,3}, y ranks {1,3,2}: Sxy = 1, Sxx = Syy = 2, rho = 0.5
        // t = 0.5 sqrt(1/0.75) = 1/sqrt(3), df 1: p = 1 - 2 atan(1/sqrt 3)/pi = 1 - 2(pi/6)/pi =
        // 2/3
        const Correlation half = spearman({1, 2, 3}, {10, 30, 20});
        QVERIFY(half.valid);
        QCOMPARE_REL(half.rho, 0.5, 1e-14);
        QCOMPARE_REL(half.pTwoSided, 2.0 / 3.0, 1e-12);
    }

    void spearmanMonotone()
    {
        const Correlation up = spearman({1, 2, 3, 4, 5}, {1, 8, 27, 64, 125});
        QVERIFY(up.valid);
        QCOMPARE(up.rho, 1.0);
        QCOMPARE(up.pTwoSided, 0.0);

        const Correlation down = spearman({0.5, 1, 1.5, 2, 2.5, 3}, {100, 50, 10, 1, 0.1, -4});
        QVERIFY(down.valid);
        QCOMPARE(down.rho, -1.0);
        QCOMPARE(down.pTwoSided, 0.0);
    }

    void spearmanMissingPairs()
    {
        // Pairs 1 (y fine, x NaN), 6 (y NaN) and 7 (x inf) go; the ties example above remains.
        const Correlation c = spearman({1, kNaN, 2, 2, 3, 4, 7, kInf}, {2, 5, 1, 3, 3, 5, kNaN, 8});
        QVERIFY(c.valid);
        QCOMPARE(c.n, 5);
        QCOMPARE_REL(c.rho, 29.0 / 38.0, 1e-14);
        QCOMPARE_REL(c.pTwoSided, 0.13333911953181, kRel);
    }

    void spearmanInvalid()
    {
        const Correlation constant = spearman({1, 2, 3, 4}, {5, 5, 5, 5});
        QVERIFY(!constant.valid);
        QVERIFY(constant.error.contains(QStringLiteral("y series is constant")));
        QVERIFY(std::isnan(constant.rho));
        QVERIFY(!spearman({2, 2, 2}, {1, 2, 3}).error.contains(QStringLiteral("y series")));

        const Correlation two = spearman({1, 2, kNaN}, {3, 4, 5});
        QVERIFY(!two.valid);
        QCOMPARE(two.n, 2);
        QVERIFY(two.error.contains(QStringLiteral("got 2")));

        QVERIFY(!spearman({}, {}).valid);

        const Correlation mismatch = spearman({1, 2, 3, 4}, {1, 2, 3});
        QVERIFY(!mismatch.valid);
        QVERIFY(mismatch.error.contains(QStringLiteral("x has 4 values, y has 3")));
    }

    void rollingMeanWithGaps()
    {
        const QVector<double> daily{1, kNaN, 3, 5, kNaN, kNaN, kNaN, 8};
        // window 3, at least 2 values:
        // i0 [1] 1 value -> NaN;  i1 gap;  i2 [1,_,3] -> 2;  i3 [_,3,5] -> 4;  i4..i6 gaps;
        // i7 [_,_,8] 1 value -> NaN
        const QVector<double> gaps = rollingMean(daily, 3, 2);
        QCOMPARE(gaps.size(), 8);
        const QVector<double> expectedGaps{kNaN, kNaN, 2, 4, kNaN, kNaN, kNaN, kNaN};
        for (int i = 0; i < 8; ++i)
            QCOMPARE(std::isnan(gaps[i]), std::isnan(expectedGaps[i]));
        QCOMPARE(gaps[2], 2.0);
        QCOMPARE(gaps[3], 4.0);

        // gapsStayGaps = false fills missing days from the window:
        // i1 [1,_] 1 value -> NaN;  i4 [3,5,_] -> 4;  i5 [5,_,_] -> NaN;  i6 [_,_,_] -> NaN
        const QVector<double> filled = rollingMean(daily, 3, 2, false);
        QVERIFY(std::isnan(filled[0]) && std::isnan(filled[1]));
        QCOMPARE(filled[2], 2.0);
        QCOMPARE(filled[3], 4.0);
        QCOMPARE(filled[4], 4.0);
        QVERIFY(std::isnan(filled[5]) && std::isnan(filled[6]) && std::isnan(filled[7]));

        // one value is enough: i0 -> 1, i5 [5,_,_] -> 5, i7 [_,_,8] -> 8
        const QVector<double> loose = rollingMean(daily, 3, 1, false);
        QCOMPARE(loose[0], 1.0);
        QCOMPARE(loose[1], 1.0);
        QCOMPARE(loose[5], 5.0);
        QVERIFY(std::isnan(loose[6]));
        QCOMPARE(loose[7], 8.0);
    }

    void rollingMeanEdgeCases()
    {
        QVERIFY(rollingMean({}, 7, 3).isEmpty());
        QCOMPARE(rollingMean({4}, 7, 1), QVector<double>({4}));

        // infinities are missing days: i1 gap; i2 [2,_,6] -> 4
        const QVector<double> inf = rollingMean({2, kInf, 6}, 3, 1);
        QCOMPARE(inf[0], 2.0);
        QVERIFY(std::isnan(inf[1]));
        QCOMPARE(inf[2], 4.0);

        // window 2 over {1,2,3,4}: 1, 1.5, 2.5, 3.5
        QCOMPARE(rollingMean({1, 2, 3, 4}, 2, 1), QVector<double>({1, 1.5, 2.5, 3.5}));
        // minValues 0 behaves as 1
        QCOMPARE(rollingMean({1, 2, 3, 4}, 2, 0), QVector<double>({1, 1.5, 2.5, 3.5}));
        // window longer than the series: cumulative means 1, 1.5, 2
        QCOMPARE(rollingMean({1, 2, 3}, 30, 1), QVector<double>({1, 1.5, 2}));

        for (const QVector<double> &out :
             {rollingMean({1, 2, 3}, 0, 1), rollingMean({1, 2, 3}, -2, 1),
              rollingMean({1, 2, 3}, 2, 3)}) {
            QCOMPARE(out.size(), 3);
            for (double v : out)
                QVERIFY(std::isnan(v));
        }
    }

    void studentTTableMatchesTheLibrary()
    {
        // The interpolated table against Boost.Math's exact values, inside and beyond its range,
        // for the small and large df a posterior meets.
        for (int df : {1, 2, 3, 5, 12, 30, 97, 400}) {
            const StudentTTable &table = StudentTTable::forDegreesOfFreedom(df);
            QCOMPARE(table.degreesOfFreedom(), df);
            QCOMPARE(&StudentTTable::forDegreesOfFreedom(df), &table); // built once per thread
            double worstCdf = 0, worstDensity = 0;
            for (double t = -11.0; t <= 11.0; t += 0.0173) {
                worstCdf = std::max(worstCdf, std::abs(table.cdf(t) - studentTCdf(t, df)));
                worstDensity =
                    std::max(worstDensity, std::abs(table.density(t) - studentTDensity(t, df)));
            }
            qInfo("df %d: cdf within %.1e, density within %.1e", df, worstCdf, worstDensity);
            QVERIFY2(worstCdf < 1e-7,
                     qPrintable(QStringLiteral("df %1: cdf off by %2").arg(df).arg(worstCdf)));
            QVERIFY2(
                worstDensity < 1e-5,
                qPrintable(QStringLiteral("df %1: density off by %2").arg(df).arg(worstDensity)));
            QCOMPARE(table.cdf(0.0), 0.5);
            QCOMPARE(table.cdf(kInf), 1.0);
            QCOMPARE(table.cdf(-kInf), 0.0);
            QVERIFY(std::isnan(table.cdf(kNaN)));
        }
        QCOMPARE(StudentTTable::forDegreesOfFreedom(0).degreesOfFreedom(), 1);
    }
};

FC_CORE_TEST_MAIN(TstStatistics)
#include "tst_statistics.moc"
