#pragma once

#include <QString>

namespace fc {

// The words a reader sees in a Markdown text, without its syntax: what the search index stores
// and what snippets quote. The library's `[[caption: ...]]` and `[[video: ...]]` markers keep
// only their text.
QString markdownPlainText(const QString &markdown);

} // namespace fc
