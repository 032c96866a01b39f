#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>

namespace fc::bench {

// Where the benchmarks find the programs they start and a scratch folder of their own.
struct Environment
{
    QString appPath;   // fibro-companion
    QString seedPath;  // fc-seed-journal
    QString probePath; // fc-startup-probe
    QString workDir;
};

// One line of the table: a name, the timed samples and, where it matters, a memory figure.
struct Row
{
    QString name;
    QVector<double> samplesMs;
    QString memory;

    double median() const;
    double p95() const;
};

class Bench
{
public:
    explicit Bench(const Environment &env)
        : m_env(env)
    {}
    const Environment &env() const { return m_env; }

    // Runs fn `warmup` times untimed, then `runs` times timed, one sample per run.
    Row &measure(const QString &name, int runs, const std::function<void()> &fn, int warmup = 1);
    // A row whose samples the case timed itself, e.g. in another process.
    Row &addSamples(const QString &name, const QVector<double> &samplesMs);
    // A row with a figure and no timing (a file size).
    Row &addFigure(const QString &name, const QString &memory);

    // A case that cannot measure says why; fc-bench then exits non-zero after the table.
    void fail(const QString &message);

    const QVector<Row> &rows() const { return m_rows; }
    const QStringList &failures() const { return m_failures; }

private:
    Environment m_env;
    QVector<Row> m_rows;
    QStringList m_failures;
};

// "5.3%": a calibration figure for the table, one decimal.
QString percentText(double percent);

using CaseFunction = void (*)(Bench &);

struct Case
{
    const char *name;
    CaseFunction run;
};

// Every bench/*.cpp registers its cases at static-initialisation time; fc-bench runs them all.
QVector<Case> &registeredCases();

struct Registrar
{
    Registrar(const char *name, CaseFunction run) { registeredCases().append({name, run}); }
};

} // namespace fc::bench

// FC_BENCHMARK(markdownRender) { bench.measure(...); }
#define FC_BENCHMARK(id)                                                                           \
    static void id(fc::bench::Bench &bench);                                                       \
    static const fc::bench::Registrar id##Registrar(#id, id);                                      \
    static void id(fc::bench::Bench &bench)
