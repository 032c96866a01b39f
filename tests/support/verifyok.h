#pragma once

#include "core/result.h"

#include <QTest>

// Passes when a Result or an Expected<T> is a success; otherwise fails with its message, so a
// failing store call says why ("Could not save the note. The disk is full.").
#define FC_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto &fcOutcome = (expression);                                                      \
        QVERIFY2(fcOutcome.ok(), qPrintable(fcOutcome.message()));                                 \
    } while (false)

namespace fc::test {

// The value of an Expected, or T() with its message logged: for checks that then compare the
// value, so a failure still fails the test and says why.
template<typename T> T valueOf(const Expected<T> &expected)
{
    if (expected)
        return *expected;
    qWarning("%s", qPrintable(expected.message()));
    return T();
}

} // namespace fc::test

namespace fc::test {

// True when `outcome` (a Result or an Expected) failed; its message goes to *message for the
// checks that follow: QVERIFY(fails(store.save(note), &error)); QVERIFY(error.contains(...)).
template<typename Outcome> bool fails(const Outcome &outcome, QString *message)
{
    *message = outcome.message();
    return !outcome.ok();
}

} // namespace fc::test
