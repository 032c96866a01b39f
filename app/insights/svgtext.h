#pragma once

#include "journal/entities.h"

#include <QDate>
#include <QString>
#include <QVector>

// Pieces of SVG markup and of text shared by the charts and the insights' pages.
namespace fc::svg {

QString num(double v);  // at most one decimal, for coordinates
QString num1(double v); // always one decimal, for values shown to the user; a dash for no value
QString day(const QDate &d); // "2 Dec 2026": the charts' and sentences' fixed date style
QString num2(double v);      // up to two decimals (weekly means)
QString esc(const QString &text);

// <svg ...> with a viewBox, role img and a <title>; text inherits currentColor.
QString open(double width, double height, const QString &cssClass, const QString &title);

// One row per trial: a bar from start (or from) to stop (or to), its ramp-up pale, ticks at
// dose changes and a label with the name and dose.
QString trialRows(const QVector<const Trial *> &trials, const QDate &from, const QDate &to,
                  double left, double plotWidth, double top, double rowHeight,
                  const QString &colour);

// The key under a history chart, its items flowing into as many rows as the width needs.
class Legend
{
public:
    Legend(bool weekly, double availableWidth);
    int rows() const { return m_rows; }
    QString svg(double left, double firstBaseline, double rowHeight, const QString &pointColour,
                const QString &crashColour, const QString &trialColour) const;

private:
    struct Item
    {
        int kind;
        QString text;
        double x; // from the left edge, within its row
        int row;
    };
    QVector<Item> m_items;
    int m_rows = 1;
};

} // namespace fc::svg
