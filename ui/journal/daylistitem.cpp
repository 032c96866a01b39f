#include "ui/journal/daylistitem.h"

#include "journal/dayburden.h"

#include <QCoreApplication>
#include <QIcon>
#include <QListWidget>
#include <QLocale>
#include <QPainter>

namespace fc {

namespace {

// The words of a day's row, in their own translation context.
class DayListText
{
    Q_DECLARE_TR_FUNCTIONS(fc::DayListItem)
};

QIcon dotIcon(DayBurden::Level level)
{
    const QColor colour = level == DayBurden::Level::Hard   ? QColor(0xc6, 0x28, 0x28)
                          : level == DayBurden::Level::Fair ? QColor(0xef, 0xa0, 0x00)
                                                            : QColor(0x2e, 0x7d, 0x32);
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour.darker(160), 1));
    p.setBrush(colour);
    // Shapes differ too, for readers who cannot tell the colours apart.
    if (level == DayBurden::Level::Hard)
        p.drawRect(QRectF(2.5, 2.5, 11, 11));
    else if (level == DayBurden::Level::Fair)
        p.drawPolygon(QPolygonF{{8, 2}, {14, 14}, {2, 14}});
    else
        p.drawEllipse(QRectF(2.5, 2.5, 11, 11));
    return QIcon(pixmap);
}

} // namespace

QListWidgetItem *addDayListItem(QListWidget *list, const CheckIn &c,
                                const QVector<Symptom> &symptoms, const QString &dateFormat)
{
    QStringList scores;
    for (const Symptom &s : symptoms)
        if (c.scores.contains(s.key))
            scores << QStringLiteral("%1 %2").arg(s.name).arg(c.scores.value(s.key));
    const DayBurden burden = DayBurden::of(c, symptoms);
    QString head = QLocale().toString(c.day, dateFormat);
    if (burden.level != DayBurden::Level::NotScored)
        head += QStringLiteral(" · ") +
                (burden.level == DayBurden::Level::Hard   ? DayListText::tr("hard")
                 : burden.level == DayBurden::Level::Fair ? DayListText::tr("fair")
                                                          : DayListText::tr("good"));
    if (c.crash)
        head += QStringLiteral(" · ") + DayListText::tr("crash/flare");
    const QString second = scores.isEmpty()
                               ? (c.note.isEmpty() ? DayListText::tr("no scores") : c.note.left(60))
                               : scores.join(QStringLiteral(" · "));
    auto *item = new QListWidgetItem(head + u'\n' + second, list);
    item->setData(Qt::UserRole, c.day);
    if (burden.level != DayBurden::Level::NotScored) {
        item->setIcon(dotIcon(burden.level));
        item->setToolTip(DayListText::tr("Average burden %1 of 10 (0 is best)")
                             .arg(QLocale().toString(burden.mean, 'f', 1)));
    }
    return item;
}

} // namespace fc
