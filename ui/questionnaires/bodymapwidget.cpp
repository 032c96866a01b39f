#include "ui/questionnaires/bodymapwidget.h"

#include "insights/bodymap.h"
#include "journal/questionnaire.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QScreen>
#include <cmath>

namespace fc {

namespace {

QPainterPath shapePath(const bodymap::Shape &shape)
{
    QPainterPath p;
    if (shape.kind == bodymap::Shape::Kind::Ellipse)
        p.addEllipse(shape.rect);
    else
        p.addRoundedRect(shape.rect, shape.radius, shape.radius);
    return p;
}

// The map's scale: the canvas fitted into the widget, centred.
QTransform fitted(const QSize &size)
{
    const QRectF c = bodymap::canvas();
    const double scale = std::min(size.width() / c.width(), size.height() / c.height());
    QTransform t;
    t.translate((size.width() - c.width() * scale) / 2, (size.height() - c.height() * scale) / 2);
    t.scale(scale, scale);
    return t;
}

} // namespace

BodyAreaButton::BodyAreaButton(const QString &key, const QString &name, QWidget *parent)
    : QCheckBox(parent)
    , m_key(key)
{
    setCheckable(true);
    // The name is heard and shown as a tooltip; the picture is the label.
    setAccessibleName(name);
    setToolTip(name);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    connect(this, &QAbstractButton::toggled, this,
            [this](bool on) { setAccessibleDescription(on ? tr("Painful") : tr("Not marked")); });
    setAccessibleDescription(tr("Not marked"));
}

QRectF BodyAreaButton::canvasRect() const
{
    return bodymap::areaShape(m_key).rect;
}

QPainterPath BodyAreaButton::path() const
{
    // The area's shape in this button's own coordinates: the button covers its bounding box.
    const bodymap::Shape shape = bodymap::areaShape(m_key);
    const QRectF box = shape.rect;
    QTransform t;
    t.scale(width() / box.width(), height() / box.height());
    t.translate(-box.x(), -box.y());
    return t.map(shapePath(shape));
}

void BodyAreaButton::keyPressEvent(QKeyEvent *event)
{
    // Arrows move by the picture (BodyMapWidget), not by tab order as buttons do by default.
    if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right ||
        event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        event->ignore();
        return;
    }
    QCheckBox::keyPressEvent(event);
}

bool BodyAreaButton::hitButton(const QPoint &pos) const
{
    return path().contains(QPointF(pos));
}

void BodyAreaButton::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QPainterPath area = path();
    if (isChecked()) {
        p.setBrush(pal.color(QPalette::Highlight));
        p.setPen(QPen(pal.color(QPalette::Text), 2));
    } else {
        // Outlined in the text colour, so an unmarked area stands out from the figure and the
        // window in the dark theme as in the light one (Mid is dark on dark).
        QColor outline = pal.color(QPalette::Text);
        outline.setAlphaF(0.8);
        p.setBrush(pal.color(QPalette::Base));
        p.setPen(QPen(outline, underMouse() ? 2.5 : 1.5));
    }
    p.drawPath(area);
    if (isChecked()) {
        // A tick as well as the colour, so a marked area shows in any theme and in print.
        const QRectF r = area.boundingRect();
        const double s = std::min(r.width(), r.height()) * 0.35;
        const QPointF c = r.center();
        QPen tick(pal.color(QPalette::HighlightedText), std::max(2.0, s / 4));
        tick.setCapStyle(Qt::RoundCap);
        p.setPen(tick);
        p.drawPolyline(
            QPolygonF{c + QPointF(-s, 0), c + QPointF(-s / 3, s * 0.7), c + QPointF(s, -s * 0.7)});
    }
    if (hasFocus()) {
        p.setBrush(Qt::NoBrush);
        // In the text colour, so the focus shows on a marked (highlighted) area as well.
        p.setPen(QPen(pal.color(QPalette::Text), 3, Qt::DotLine));
        p.drawPath(area);
    }
}

BodyMapWidget::BodyMapWidget(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Body map"));
    setAccessibleDescription(tr("19 areas. Tab or the arrow keys move between them; Space marks "
                                "or unmarks the area under focus as painful."));
    for (const acr2016::Area &a : acr2016::areas()) {
        auto *button = new BodyAreaButton(QLatin1String(a.key), acr2016::areaName(a), this);
        connect(button, &QAbstractButton::toggled, this, &BodyMapWidget::changed);
        m_areas << button;
    }
    for (int i = 1; i < m_areas.size(); ++i)
        setTabOrder(m_areas[i - 1], m_areas[i]);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QSet<QString> BodyMapWidget::painfulAreas() const
{
    QSet<QString> out;
    for (const BodyAreaButton *b : m_areas)
        if (b->isChecked())
            out.insert(b->key());
    return out;
}

void BodyMapWidget::setPainfulAreas(const QSet<QString> &keys)
{
    for (BodyAreaButton *b : qAsConst(m_areas))
        b->setChecked(keys.contains(b->key()));
}

QSize BodyMapWidget::sizeHint() const
{
    const double em = fontMetrics().height();
    const int width = int(std::round(em * 26));
    return {width, heightForWidth(width)};
}

QSize BodyMapWidget::minimumSizeHint() const
{
    // Big enough that the smallest areas (the jaws) are easy to hit, within the screen.
    const int width =
        std::min(fontMetrics().height() * 24, screen()->availableGeometry().width() * 4 / 5);
    return {width, heightForWidth(width)};
}

int BodyMapWidget::heightForWidth(int width) const
{
    const QRectF c = bodymap::canvas();
    return int(std::round(width * c.height() / c.width()));
}

QTransform BodyMapWidget::toWidget() const
{
    return fitted(size());
}

void BodyMapWidget::placeAreas()
{
    const QTransform t = toWidget();
    for (BodyAreaButton *b : qAsConst(m_areas))
        b->setGeometry(t.mapRect(b->canvasRect()).toAlignedRect());
}

void BodyMapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeAreas();
}

void BodyMapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QTransform t = toWidget();
    const QPalette pal = palette();
    // The figure a shade off the window in either theme: the text colour, faint.
    QColor fill = pal.color(QPalette::Text);
    fill.setAlphaF(0.14);
    QColor edge = pal.color(QPalette::Text);
    edge.setAlphaF(0.5);
    p.setBrush(fill);
    p.setPen(QPen(edge, 1));
    QPainterPath figure;
    for (const bodymap::Shape &s : bodymap::outline())
        figure = figure.united(shapePath(s));
    p.drawPath(t.map(figure));
    p.setPen(pal.color(QPalette::WindowText));
    for (const bodymap::Label &l : bodymap::labels()) {
        const QPointF at = t.map(l.at);
        const int w = p.fontMetrics().horizontalAdvance(l.text);
        p.drawText(QPointF(at.x() - w / 2.0, at.y()), l.text);
    }
}

bool BodyMapWidget::moveFocus(int dx, int dy)
{
    const auto *current = qobject_cast<BodyAreaButton *>(focusWidget());
    if (!current)
        return false;
    const QPointF from = current->canvasRect().center();
    BodyAreaButton *best = nullptr;
    double bestCost = 0;
    for (BodyAreaButton *b : qAsConst(m_areas)) {
        if (b == current)
            continue;
        const QPointF d = b->canvasRect().center() - from;
        const double along = d.x() * dx + d.y() * dy;
        if (along <= 1)
            continue;
        const double across = std::abs(d.x() * dy) + std::abs(d.y() * dx);
        const double cost = along + 2 * across;
        if (!best || cost < bestCost) {
            best = b;
            bestCost = cost;
        }
    }
    if (best)
        best->setFocus(Qt::OtherFocusReason);
    return best != nullptr;
}

void BodyMapWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        moveFocus(-1, 0);
        return;
    case Qt::Key_Right:
        moveFocus(1, 0);
        return;
    case Qt::Key_Up:
        moveFocus(0, -1);
        return;
    case Qt::Key_Down:
        moveFocus(0, 1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace fc
