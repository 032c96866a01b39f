#pragma once

// Internal to the front matter reader: the YAML subset parser. Block structure lives in
// yamlparser.cpp, scalars and flow collections in yamlscalars.cpp.

#include "articles/frontmatter.h"

#include <QStringList>
#include <QVariant>
#include <vector>

namespace fc::detail {

inline QString unsupportedYamlMessage()
{
    return QStringLiteral("anchors, aliases and tags ('&', '*', '!') are not supported; put the "
                          "value in quotes if it is text");
}

// YAML 1.2 core schema resolution of an unquoted scalar.
QVariant resolveYamlPlainScalar(const QString &s);

class YamlParser
{
public:
    YamlParser(const QStringList &lines, int firstLine, FrontMatterError *error);

    bool parse(QVariantMap *fields);

private:
    struct Key
    {
        QString name;
        int valueCol = 0;
        bool quoted = false;
    };

    // Positions are a line index plus a column, or an offset into m_all where a construct may
    // span lines. Every parse function returns false after recording an error.
    bool fail(int idx, int col, const QString &message);
    bool failAt(int offset, const QString &message);
    int lineOf(int offset) const;
    int startOf(int idx) const { return m_starts[size_t(idx)]; }
    int indentOf(int idx) const;
    bool isSeqItem(int idx, int col) const;
    bool nextContentLine();
    bool checkIndentChars(int idx);
    bool findKey(int idx, int col, Key *key, bool *found);
    void blankOut(int idx, int from, int to);

    bool parseNode(int col, int parentIndent, int depth, QVariant *out);
    bool parseMapping(int indent, int depth, QVariant *out);
    bool parseMappingValue(int idx, int col, int indent, int depth, QVariant *out);
    bool parseSequence(int indent, int depth, QVariant *out);
    bool parseValue(int idx, int col, int parentIndent, int depth, QVariant *out);
    bool parsePlain(int idx, int col, int parentIndent, QVariant *out);
    bool finishInline(int offset, int valueStart);

    bool parseBlockScalar(int idx, int col, int parentIndent, QVariant *out);
    bool scanQuoted(int *offset, int minIndent, QString *out);
    bool parseEscape(int *offset, QString *out);
    bool skipFlowSpace(int *offset, int minIndent, int open);
    bool parseFlow(int *offset, int minIndent, int depth, QVariant *out);
    bool parseFlowNode(int *offset, int minIndent, int depth, bool isKey, QChar close,
                       QVariant *out);

    QStringList m_lines;
    QString m_all; // the lines joined with '\n', each one terminated
    std::vector<int> m_starts;
    int m_firstLine;
    int m_pos = 0;
    FrontMatterError *m_error;
};

} // namespace fc::detail
