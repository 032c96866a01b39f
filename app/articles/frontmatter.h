#pragma once

#include <QString>
#include <QVariantMap>
#include <optional>

namespace fc {

struct FrontMatterError
{
    int line = 0;    // 1-based line within the whole file
    int column = 0;  // 1-based column, 0 when the problem concerns the whole line
    QString message; // what is wrong, in plain words; callers add the line
};

struct FrontMatter
{
    // Values are nested QVariantMap / QVariantList / QString / qlonglong / double / bool, and an
    // invalid QVariant() for null. Dates and times stay strings.
    QVariantMap fields;
    // The Markdown after the closing delimiter line, verbatim (line endings are not converted);
    // the whole text when there is no front matter. A leading byte order mark is never included.
    QString body;
    int bodyFirstLine = 1; // 1-based line of the file where the body starts
    enum class Syntax { None, Yaml, Toml } syntax = Syntax::None;
};

// Reads YAML ("---" ... "---" or "...") or Hugo TOML ("+++" ... "+++") front matter.
// Returns std::nullopt and fills *error (when not null) on malformed input.
std::optional<FrontMatter> parseFrontMatter(const QString &text, FrontMatterError *error);

} // namespace fc
