#include "articles/tomlparser.h"

#include "articles/frontmatterparsers.h"

#include <QSet>
#include <QVariantList>
#include <algorithm>

namespace fc::detail {

namespace {

bool isBareKeyChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || isAsciiDigit(c) || c == u'_' ||
           c == u'-';
}

} // namespace

bool parseTomlFrontMatter(const QStringList &lines, int firstLine, QVariantMap *fields,
                          FrontMatterError *error)
{
    TomlParser parser(lines, firstLine, error);
    return parser.parse(fields);
}

TomlParser::TomlParser(const QStringList &lines, int firstLine, FrontMatterError *error)
    : m_firstLine(firstLine)
    , m_error(error)
{
    for (const QString &line : lines) {
        m_starts.push_back(int(m_all.size()));
        m_all += line;
        m_all += u'\n';
    }
}

bool TomlParser::fail(int offset, const QString &message)
{
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    const int idx = std::max(0, int(it - m_starts.begin()) - 1);
    const int start = m_starts.empty() ? 0 : m_starts[size_t(idx)];
    setFrontMatterError(m_error, m_firstLine + idx, offset - start + 1, message);
    return false;
}

void TomlParser::skipSpaces(int *i) const
{
    while (*i < m_all.size() && isInlineSpace(m_all[*i]))
        ++*i;
}

bool TomlParser::parse(QVariantMap *fields)
{
    QVariantMap root;
    QStringList table;
    QSet<QString> definedTables;
    int i = 0;
    while (i < m_all.size()) {
        skipSpaces(&i);
        if (at(i) == u'\n' || at(i) == u'#') {
            if (!expectLineEnd(&i, QString()))
                return false;
            continue;
        }
        const int start = i;
        if (at(i) == u'[') {
            const bool array = at(i + 1) == u'[';
            i += array ? 2 : 1;
            QStringList path;
            if (!parseKey(&i, &path))
                return false;
            if (at(i) != u']' || (array && at(i + 1) != u']'))
                return fail(i, array ? QStringLiteral("expected ']]' to close the table header")
                                     : QStringLiteral("expected ']' to close the table header"));
            i += array ? 2 : 1;
            if (!expectLineEnd(&i, QStringLiteral("the table header")))
                return false;
            const QString id = path.join(QChar(0x1F));
            if (!array && definedTables.contains(id))
                return fail(start, QStringLiteral("table [%1] is defined twice")
                                       .arg(quotedExcerpt(path.join(u'.'))));
            definedTables.insert(id);
            if (!apply(root, path, 0, array ? Target::ArrayTable : Target::Table, QVariant(),
                       start))
                return false;
            table = path;
            continue;
        }
        QStringList key;
        if (!parseKey(&i, &key))
            return false;
        if (at(i) != u'=')
            return fail(i, QStringLiteral("expected 'key = value'"));
        ++i;
        skipSpaces(&i);
        QVariant value;
        if (!parseValue(&i, 1, &value) || !expectLineEnd(&i, QStringLiteral("the value")))
            return false;
        const QStringList path = table + key;
        if (path.size() > kMaxFrontMatterDepth)
            return fail(start, tooDeepMessage());
        if (!apply(root, path, 0, Target::Value, value, start))
            return false;
    }
    *fields = root;
    return true;
}

bool TomlParser::expectLineEnd(int *i, const QString &what)
{
    skipSpaces(i);
    if (at(*i) == u'#') {
        while (at(*i) != u'\n')
            ++*i;
    }
    if (at(*i) != u'\n')
        return fail(*i, QStringLiteral("unexpected text after %1").arg(what));
    ++*i;
    return true;
}

// A dotted key such as `a."b c".d`.
bool TomlParser::parseKey(int *i, QStringList *path)
{
    while (true) {
        skipSpaces(i);
        const int start = *i;
        QString part;
        if (at(*i) == u'"' || at(*i) == u'\'') {
            if (!parseString(i, false, &part))
                return false;
        } else {
            while (isBareKeyChar(at(*i)))
                ++*i;
            if (*i == start)
                return fail(start, QStringLiteral("expected 'key = value'"));
            part = m_all.mid(start, *i - start);
        }
        path->append(part);
        if (path->size() > kMaxFrontMatterDepth)
            return fail(start, tooDeepMessage());
        skipSpaces(i);
        if (at(*i) != u'.')
            return true;
        ++*i;
    }
}

// Stores a value, a [table] or an [[array table]] at `path`, creating the tables on the way;
// take() and re-insert keep each nested map unshared so updates do not copy it.
bool TomlParser::apply(QVariantMap &map, const QStringList &path, int index, Target target,
                       const QVariant &value, int offset)
{
    const QString &key = path[index];
    const QString shown = quotedExcerpt(path.mid(0, index + 1).join(u'.'));
    auto existing = map.find(key);
    if (index == path.size() - 1) {
        if (existing == map.end()) {
            map.insert(key, target == Target::Value   ? value
                            : target == Target::Table ? QVariant(QVariantMap())
                                                      : QVariant(QVariantList{QVariantMap()}));
            return true;
        }
        if (target == Target::Table && existing->typeId() == QMetaType::QVariantMap)
            return true;
        if (target == Target::ArrayTable && existing->typeId() == QMetaType::QVariantList) {
            QVariantList list = existing->toList();
            *existing = QVariant();
            list.append(QVariantMap());
            *existing = list;
            return true;
        }
        return fail(offset,
                    target == Target::Value
                        ? QStringLiteral("duplicate key '%1'").arg(shown)
                        : QStringLiteral("'%1' is already a value, not a table").arg(shown));
    }
    QVariant child = existing == map.end() ? QVariant(QVariantMap()) : map.take(key);
    bool ok = false;
    if (child.typeId() == QMetaType::QVariantMap) {
        QVariantMap sub = child.toMap();
        child = QVariant();
        ok = apply(sub, path, index + 1, target, value, offset);
        child = sub;
    } else if (child.typeId() == QMetaType::QVariantList && !child.toList().isEmpty() &&
               child.toList().constLast().typeId() == QMetaType::QVariantMap) {
        // Keys after [[name]] belong to its latest table.
        QVariantList list = child.toList();
        child = QVariant();
        QVariantMap sub = list.last().toMap();
        list.last() = QVariant();
        ok = apply(sub, path, index + 1, target, value, offset);
        list.last() = sub;
        child = list;
    } else {
        map.insert(key, child);
        return fail(offset, QStringLiteral("'%1' is already a value, not a table").arg(shown));
    }
    map.insert(key, child);
    return ok;
}

} // namespace fc::detail
