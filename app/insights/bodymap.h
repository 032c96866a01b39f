#pragma once

#include <QRectF>
#include <QSet>
#include <QString>
#include <QVector>

// The ACR 2016 body map's drawing: a front and a back figure with the 19 WPI areas, in one
// coordinate space shared by the window's clickable map and the report's SVG, so both show the
// same picture. The front figure faces the viewer (the person's right is on the left of the
// picture); the back figure is seen from behind (the person's left is on the left).
namespace fc::bodymap {

struct Shape
{
    enum class Kind { Ellipse, RoundedRect };
    Kind kind = Kind::RoundedRect;
    QRectF rect;
    double radius = 0; // corner radius of a rounded rectangle
};

QRectF canvas();
// The area's shape, or an empty shape for a key that is not a WPI area.
Shape areaShape(const QString &key);
// The silhouettes under the areas (head, torso, limbs), not clickable.
const QVector<Shape> &outline();

struct Label
{
    QPointF at; // the baseline's centre
    QString text;
};
// "Front", "Back" above the figures and "Right"/"Left" under each figure's feet.
QVector<Label> labels();

// The map as SVG for the report: painful areas filled, each area named in a <title> so the
// PDF's text and a screen reader say which.
QString svg(const QSet<QString> &painfulAreas, const QString &title, double width);

} // namespace fc::bodymap
