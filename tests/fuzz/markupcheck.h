#pragma once

#include <QString>

namespace fc::fuzz {

// What is unsafe in rendered HTML, judged on the markup only: tags are tokenized (quoted
// attribute values, comments and declarations included) and only element names and attribute
// names and values are inspected, so text such as "but onl=y in focus" or "&lt;script&gt;" is
// never mistaken for markup. Returns an empty string when the page is safe, else what was found.
// Unsafe: a script, iframe, object, embed, style, form or input element; any on* attribute; an
// href or src whose value (entities decoded, spaces and control characters dropped) starts with
// javascript:, vbscript: or data:.
QString unsafeMarkup(const QString &html);

} // namespace fc::fuzz
