#pragma once

// Internal to the front matter reader: the Hugo TOML parser. Tables and keys live in
// tomlparser.cpp, values in tomlvalues.cpp.

#include "articles/frontmatter.h"

#include <QStringList>
#include <QVariant>
#include <vector>

namespace fc::detail {

// Key/value pairs, [tables], [[arrays of tables]], strings, numbers, booleans, arrays and inline
// tables. Dates and times stay strings.
class TomlParser
{
public:
    TomlParser(const QStringList &lines, int firstLine, FrontMatterError *error);

    bool parse(QVariantMap *fields);

private:
    enum class Target { Value, Table, ArrayTable };

    // Positions are offsets into m_all. Every parse function returns false after recording an
    // error.
    bool fail(int offset, const QString &message);
    QChar at(int i) const { return i < m_all.size() ? m_all[i] : QChar(u'\n'); }
    void skipSpaces(int *i) const;
    bool expectLineEnd(int *i, const QString &what);
    bool parseKey(int *i, QStringList *path);
    bool apply(QVariantMap &map, const QStringList &path, int index, Target target,
               const QVariant &value, int offset);

    bool parseValue(int *i, int depth, QVariant *out);
    bool parseString(int *i, bool allowMultiline, QString *out);
    bool parseEscape(int *i, QString *out);
    bool parseArray(int *i, int depth, QVariant *out);
    bool parseInlineTable(int *i, int depth, QVariant *out);
    bool parseBareValue(int *i, QVariant *out);

    QString m_all; // the lines joined with '\n', each one terminated
    std::vector<int> m_starts;
    int m_firstLine;
    FrontMatterError *m_error;
};

} // namespace fc::detail
