#include "insights/bodymap.h"

#include "insights/svgtext.h"
#include "journal/questionnaire.h"

#include <QCoreApplication>
#include <QHash>

namespace fc::bodymap {

namespace {

constexpr double kBackOffset = 240; // the back figure's x offset from the front one

Shape ellipse(double cx, double cy, double rx, double ry)
{
    return {Shape::Kind::Ellipse, QRectF(cx - rx, cy - ry, 2 * rx, 2 * ry), 0};
}

Shape rect(double x, double y, double w, double h, double radius = 8)
{
    return {Shape::Kind::RoundedRect, QRectF(x, y, w, h), radius};
}

const QHash<QString, Shape> &areaShapes()
{
    static const QHash<QString, Shape> shapes{
        // Front: the person's right on the picture's left.
        {QStringLiteral("right_jaw"), ellipse(97, 70, 11, 9)},
        {QStringLiteral("left_jaw"), ellipse(123, 70, 11, 9)},
        {QStringLiteral("right_shoulder_girdle"), ellipse(70, 100, 16, 11)},
        {QStringLiteral("left_shoulder_girdle"), ellipse(150, 100, 16, 11)},
        {QStringLiteral("right_upper_arm"), rect(46, 114, 22, 54)},
        {QStringLiteral("left_upper_arm"), rect(152, 114, 22, 54)},
        {QStringLiteral("right_lower_arm"), rect(40, 174, 20, 66)},
        {QStringLiteral("left_lower_arm"), rect(160, 174, 20, 66)},
        {QStringLiteral("chest"), rect(84, 100, 52, 50)},
        {QStringLiteral("abdomen"), rect(86, 154, 48, 48)},
        {QStringLiteral("right_upper_leg"), rect(78, 216, 28, 90)},
        {QStringLiteral("left_upper_leg"), rect(114, 216, 28, 90)},
        {QStringLiteral("right_lower_leg"), rect(80, 316, 24, 100)},
        {QStringLiteral("left_lower_leg"), rect(116, 316, 24, 100)},
        // Back: the person's left on the picture's left.
        {QStringLiteral("neck"), rect(kBackOffset + 100, 78, 20, 18, 5)},
        {QStringLiteral("upper_back"), rect(kBackOffset + 84, 100, 52, 56)},
        {QStringLiteral("lower_back"), rect(kBackOffset + 86, 160, 48, 38)},
        {QStringLiteral("left_hip"), ellipse(kBackOffset + 95, 214, 18, 14)},
        {QStringLiteral("right_hip"), ellipse(kBackOffset + 125, 214, 18, 14)},
    };
    return shapes;
}

QVector<Shape> figure(double dx)
{
    return {
        ellipse(dx + 110, 52, 22, 27),    // head
        rect(dx + 100, 74, 20, 22, 4),    // neck
        rect(dx + 66, 90, 88, 124, 18),   // torso
        rect(dx + 44, 96, 26, 76, 12),    // upper arms
        rect(dx + 150, 96, 26, 76, 12),   //
        rect(dx + 38, 168, 24, 76, 11),   // lower arms
        rect(dx + 158, 168, 24, 76, 11),  //
        ellipse(dx + 50, 254, 10, 13),    // hands
        ellipse(dx + 170, 254, 10, 13),   //
        rect(dx + 76, 200, 32, 110, 14),  // upper legs
        rect(dx + 112, 200, 32, 110, 14), //
        rect(dx + 78, 306, 28, 114, 12),  // lower legs
        rect(dx + 114, 306, 28, 114, 12), //
        ellipse(dx + 90, 426, 14, 7),     // feet
        ellipse(dx + 130, 426, 14, 7),    //
    };
}

QString svgShape(const Shape &s, const QString &attributes)
{
    if (s.kind == Shape::Kind::Ellipse)
        return QStringLiteral("<ellipse cx=\"%1\" cy=\"%2\" rx=\"%3\" ry=\"%4\" %5/>")
            .arg(svg::num(s.rect.center().x()), svg::num(s.rect.center().y()),
                 svg::num(s.rect.width() / 2), svg::num(s.rect.height() / 2), attributes);
    return QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"%5\" %6/>")
        .arg(svg::num(s.rect.x()), svg::num(s.rect.y()), svg::num(s.rect.width()),
             svg::num(s.rect.height()), svg::num(s.radius), attributes);
}

} // namespace

QRectF canvas()
{
    return QRectF(0, 0, kBackOffset + 220, 450);
}

Shape areaShape(const QString &key)
{
    return areaShapes().value(key);
}

const QVector<Shape> &outline()
{
    static const QVector<Shape> shapes = figure(0) + figure(kBackOffset);
    return shapes;
}

QVector<Label> labels()
{
    return {
        {QPointF(110, 16), QCoreApplication::translate("BodyMap", "Front")},
        {QPointF(kBackOffset + 110, 16), QCoreApplication::translate("BodyMap", "Back")},
        {QPointF(78, 446), QCoreApplication::translate("BodyMap", "Right")},
        {QPointF(142, 446), QCoreApplication::translate("BodyMap", "Left")},
        {QPointF(kBackOffset + 78, 446), QCoreApplication::translate("BodyMap", "Left")},
        {QPointF(kBackOffset + 142, 446), QCoreApplication::translate("BodyMap", "Right")},
    };
}

QString svg(const QSet<QString> &painfulAreas, const QString &title, double width)
{
    const QRectF c = canvas();
    const double height = width * c.height() / c.width();
    QString out = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"body-map\" "
                                 "viewBox=\"0 0 %1 %2\" width=\"%3\" height=\"%4\" role=\"img\" "
                                 "aria-label=\"%5\" font-family=\"Noto Sans, DejaVu Sans, "
                                 "sans-serif\" font-size=\"27\"><title>%5</title>")
                      .arg(svg::num(c.width()), svg::num(c.height()), svg::num(width),
                           svg::num(height), svg::esc(title));
    for (const Shape &s : outline())
        out += svgShape(s, QStringLiteral("fill=\"#e8e8e8\" stroke=\"#9a9a9a\" "
                                          "stroke-width=\"1\""));
    for (const acr2016::Area &a : acr2016::areas()) {
        const QString key = QLatin1String(a.key);
        const bool painful = painfulAreas.contains(key);
        const QString name = acr2016::areaName(a) +
                             (painful ? QCoreApplication::translate("BodyMap", ": painful")
                                      : QCoreApplication::translate("BodyMap", ": not marked"));
        QString shape =
            svgShape(areaShape(key), painful ? QStringLiteral("fill=\"#b3261e\" stroke=\"#5c0f0a\" "
                                                              "stroke-width=\"2\"")
                                             : QStringLiteral("fill=\"#ffffff\" stroke=\"#6b6b6b\" "
                                                              "stroke-width=\"1\""));
        out += QStringLiteral("<g><title>%1</title>%2</g>").arg(svg::esc(name), shape);
    }
    // Labels large enough to read at 9 pt on the report's 58 mm map; "Right" and "Left" are
    // anchored away from each other so the larger text never runs together.
    for (const Label &l : labels()) {
        const bool side = l.at.y() > 100;
        const bool leftOfPair = side && (int(l.at.x()) % int(kBackOffset)) < 110;
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"#222\">%3"
                              "</text>")
                   .arg(svg::num(side ? l.at.x() + (leftOfPair ? -8 : 8) : l.at.x()),
                        svg::num(side ? l.at.y() : l.at.y() + 6), svg::esc(l.text));
    }
    return out + QStringLiteral("</svg>");
}

} // namespace fc::bodymap
