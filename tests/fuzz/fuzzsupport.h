#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// The same entry point serves libFuzzer (FC_FUZZ builds) and the replay test of every normal
// build, so a crasher once found stays a regression test.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace fc {

class ArticleLibrary;

namespace fuzz {

// Silences the app's warnings (an oversized input is logged every time) so a long run's output
// shows only what the sanitizers and libFuzzer say.
void quietLogging();

// A QCoreApplication for code that needs one (Qt SQL loads its driver as a plugin).
void ensureApplication();
// A QGuiApplication on the offscreen platform, for code that draws text. A target uses one of
// the two, never both.
void ensureGuiApplication();

// The bundled library, loaded once; aborts when the build itself is broken.
const ArticleLibrary &bundledLibrary();

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// An invariant of the code under test did not hold: a finding, like a sanitizer report.
[[noreturn]] inline void violated(const char *what)
{
    std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
    std::abort();
}

} // namespace fuzz
} // namespace fc
