#include "benchmark.h"

#include <QLocale>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace fc::bench {

namespace {

QVector<double> sorted(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

} // namespace

double Row::median() const
{
    if (samplesMs.isEmpty())
        return std::nan("");
    const QVector<double> s = sorted(samplesMs);
    const qsizetype n = s.size();
    return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

double Row::p95() const
{
    if (samplesMs.isEmpty())
        return std::nan("");
    // Nearest rank: with 20 samples the 19th, with 5 the largest.
    const QVector<double> s = sorted(samplesMs);
    const auto rank = static_cast<qsizetype>(std::ceil(0.95 * double(s.size())));
    return s[std::clamp<qsizetype>(rank - 1, 0, s.size() - 1)];
}

Row &Bench::measure(const QString &name, int runs, const std::function<void()> &fn, int warmup)
{
    std::fprintf(stderr, "  %s (%d runs)\n", qPrintable(name), runs);
    for (int i = 0; i < warmup; ++i)
        fn();
    QVector<double> samples;
    samples.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        fn();
        const std::chrono::duration<double, std::milli> took =
            std::chrono::steady_clock::now() - start;
        samples << took.count();
    }
    return addSamples(name, samples);
}

Row &Bench::addSamples(const QString &name, const QVector<double> &samplesMs)
{
    m_rows.append(Row{name, samplesMs, QString()});
    return m_rows.last();
}

Row &Bench::addFigure(const QString &name, const QString &memory)
{
    m_rows.append(Row{name, {}, memory});
    return m_rows.last();
}

void Bench::fail(const QString &message)
{
    std::fprintf(stderr, "  FAILED: %s\n", qPrintable(message));
    m_failures << message;
}

QVector<Case> &registeredCases()
{
    static QVector<Case> cases;
    return cases;
}

QString percentText(double percent)
{
    return QLocale::c().toString(percent, 'f', 1) + u'%';
}

} // namespace fc::bench
