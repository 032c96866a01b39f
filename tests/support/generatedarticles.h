#pragma once

#include <QString>

namespace fc::test {

// Writes count small imported articles, generated-000.md …, into dir (created if needed). Article
// n has the slug "generated-NNN", the title "Generated article NNN" and the word "zqmarkN" in its
// body, so a search can find exactly one. False (and a test failure) when a file cannot be written.
bool writeGeneratedArticles(const QString &dir, int count);

// The body marker of article n, as searched for.
QString generatedMarker(int n);

} // namespace fc::test
