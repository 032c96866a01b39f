// The calibration of "what comes 1-3 days later" and of the envelope, on the seeded diaries
// tst_pacinglags checks (tests/simulation/pacingsimulation.h): false alarms without a link, how
// often a planted delay or limit is found, and what a method that ignores runs of alike days and
// the many looks would have said.
#include "pacingsimulation.h"
#include "support/benchmark.h"

FC_BENCHMARK(pacingCalibration)
{
    using fc::bench::percentText;
    using namespace fc::simulation;
    // Two statements each: the figures exist only after the run.
    PacingCalibration none;
    fc::bench::Row &noneRow = bench.measure(
        QStringLiteral("pacing: no link, 400 diaries of 150 days"), 1,
        [&] { none = calibratePacing(20261203, 400, 150, 0.0, 2); }, 0);
    noneRow.memory = QStringLiteral("false alarms %1 (per-test Spearman: %2)")
                         .arg(percentText(none.percent(none.reported)),
                              percentText(none.percent(none.naiveReported)));
    PacingCalibration delay;
    fc::bench::Row &delayRow = bench.measure(
        QStringLiteral("pacing: 2-day delay, 200 diaries of 150 days"), 1,
        [&] { delay = calibratePacing(7, 200, 150, 0.6, 2); }, 0);
    delayRow.memory =
        QStringLiteral("found %1, at 2 days %2, other load blamed %3")
            .arg(percentText(delay.percent(delay.found)), percentText(delay.percent(delay.atDelay)),
                 percentText(delay.percent(delay.blamed)));
    EnvelopeCalibration linked;
    fc::bench::Row &linkedRow = bench.measure(
        QStringLiteral("envelope: limit 7, 150 diaries of 180 days"), 1,
        [&] { linked = calibrateEnvelope(99, 150, 180, true); }, 0);
    linkedRow.memory = QStringLiteral("found %1, within 1 of 7 %2")
                           .arg(percentText(linked.percent(linked.found)),
                                percentText(linked.percent(linked.near)));
    EnvelopeCalibration unlinked;
    fc::bench::Row &unlinkedRow = bench.measure(
        QStringLiteral("envelope: no link, 300 diaries of 180 days"), 1,
        [&] { unlinked = calibrateEnvelope(100, 300, 180, false); }, 0);
    unlinkedRow.memory =
        QStringLiteral("claimed %1").arg(percentText(unlinked.percent(unlinked.found)));
}
