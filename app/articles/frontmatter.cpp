#include "articles/frontmatter.h"

#include "articles/frontmatterparsers.h"

#include <QStringList>

namespace fc {

namespace {

// Keeps every offset the parsers compute well inside an int.
constexpr qsizetype kMaxFrontMatterSize = 16 * 1024 * 1024;

QStringView withoutTrailingSpace(QStringView line)
{
    while (!line.isEmpty() && detail::isInlineSpace(line.back()))
        line.chop(1);
    return line;
}

FrontMatter::Syntax openingSyntax(QStringView firstLine)
{
    const QStringView line = withoutTrailingSpace(firstLine);
    if (line == u"---")
        return FrontMatter::Syntax::Yaml;
    if (line == u"+++")
        return FrontMatter::Syntax::Toml;
    return FrontMatter::Syntax::None;
}

bool isClosingLine(QStringView line, FrontMatter::Syntax syntax)
{
    line = withoutTrailingSpace(line);
    if (syntax == FrontMatter::Syntax::Toml)
        return line == u"+++";
    return line == u"---" || line == u"...";
}

// One line of `text` starting at `from`, without its terminator; *next is where the following
// line starts, or -1 when this was the last line.
QStringView lineAt(QStringView text, qsizetype from, qsizetype *next)
{
    const qsizetype newline = text.indexOf(u'\n', from);
    const qsizetype end = newline < 0 ? text.size() : newline;
    *next = newline < 0 ? -1 : newline + 1;
    QStringView line = text.mid(from, end - from);
    if (line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

} // namespace

std::optional<FrontMatter> parseFrontMatter(const QString &text, FrontMatterError *error)
{
    FrontMatterError scratch;
    FrontMatterError *err = error ? error : &scratch;
    *err = FrontMatterError();

    QStringView source(text);
    if (source.startsWith(QChar(0xFEFF)))
        source = source.mid(1);

    FrontMatter result;
    qsizetype next = 0;
    const QStringView first = lineAt(source, 0, &next);
    result.syntax = openingSyntax(first);
    if (result.syntax == FrontMatter::Syntax::None) {
        result.body = source.toString();
        return result;
    }

    QStringList lines;
    int lineNumber = 2;
    bool closed = false;
    qsizetype size = 0;
    while (next >= 0) {
        const QStringView line = lineAt(source, next, &next);
        if (isClosingLine(line, result.syntax)) {
            closed = true;
            break;
        }
        size += line.size() + 1;
        if (size > kMaxFrontMatterSize) {
            detail::setFrontMatterError(
                err, 1, 1, QStringLiteral("the front matter is too long (over 16 MiB of text)"));
            return std::nullopt;
        }
        lines.append(line.toString());
        ++lineNumber;
    }
    if (!closed) {
        const QString delimiter = result.syntax == FrontMatter::Syntax::Toml
                                      ? QStringLiteral("+++")
                                      : QStringLiteral("---");
        detail::setFrontMatterError(
            err, 1, 1,
            QStringLiteral("the front matter is not closed: add a line '%1' after it")
                .arg(delimiter));
        return std::nullopt;
    }
    result.body = next < 0 ? QString() : source.mid(next).toString();
    result.bodyFirstLine = lineNumber + 1;

    const bool ok = result.syntax == FrontMatter::Syntax::Yaml
                        ? detail::parseYamlFrontMatter(lines, 2, &result.fields, err)
                        : detail::parseTomlFrontMatter(lines, 2, &result.fields, err);
    if (!ok)
        return std::nullopt;
    return result;
}

} // namespace fc
