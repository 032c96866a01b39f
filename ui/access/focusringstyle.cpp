#include "ui/access/focusringstyle.h"

#include "ui/access/appearance.h"

#include <QFontMetrics>
#include <QPainter>
#include <QStyleOption>
#include <QWidget>

namespace fc {

namespace {

constexpr int ringMargin = FocusRingStyle::ringWidth + 1;

// The edge of a field or mark: between the text and base colours, so it stands out at least
// 3:1 from the field in the light and in the dark palette alike (a fixed Dark role vanishes on
// a dark base).
QColor edgeColour(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    constexpr double weight = 0.7;
    return QColor::fromRgbF(float(text.redF() * weight + base.redF() * (1 - weight)),
                            float(text.greenF() * weight + base.greenF() * (1 - weight)),
                            float(text.blueF() * weight + base.blueF() * (1 - weight)));
}

// A radio button's mark drawn whole: the platform style's faint ring and grey dot are hard to
// see on a dark base. A ring in the edge colour; when on, a dot in the highlight colour.
void radioMark(QPainter *painter, const QStyleOption *option)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const bool enabled = option->state & QStyle::State_Enabled;
    const QRectF box = QRectF(option->rect).adjusted(1, 1, -1, -1);
    const qreal side = qMin(box.width(), box.height());
    const QRectF ring(box.center() - QPointF(side / 2, side / 2), QSizeF(side, side));
    QColor edge = edgeColour(option->palette);
    if (!enabled)
        edge.setAlphaF(0.5);
    painter->setPen(QPen(edge, qMax(1.0, side / 12)));
    painter->setBrush(option->palette.color(QPalette::Base));
    painter->drawEllipse(ring);
    if (option->state & QStyle::State_On) {
        QColor dot = option->palette.color(QPalette::Active, QPalette::Highlight);
        if (!enabled)
            dot = edge;
        painter->setPen(Qt::NoPen);
        painter->setBrush(dot);
        const qreal inset = side * 0.27;
        painter->drawEllipse(ring.adjusted(inset, inset, -inset, -inset));
    }
    painter->restore();
}

void outline(QPainter *painter, const QStyleOption *option, const QRectF &rect, qreal radius)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPen pen(edgeColour(option->palette), 1);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->restore();
}

} // namespace

FocusRingStyle::FocusRingStyle() = default;

void FocusRingStyle::drawControl(ControlElement element, const QStyleOption *option,
                                 QPainter *painter, const QWidget *widget) const
{
    if (element == CE_FocusFrame) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        QPen pen(option->palette.color(QPalette::Active, QPalette::Highlight), ringWidth);
        pen.setJoinStyle(Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const qreal inset = ringWidth / 2.0;
        painter->drawRoundedRect(QRectF(option->rect).adjusted(inset, inset, -inset, -inset), 4, 4);
        painter->restore();
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

void FocusRingStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                   QPainter *painter, const QWidget *widget) const
{
    if (element == PE_IndicatorRadioButton) {
        radioMark(painter, option);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (!(option->state & State_Enabled))
        return;
    switch (element) {
    case PE_FrameLineEdit:
        outline(painter, option, option->rect, 2);
        break;
    case PE_IndicatorCheckBox:
        outline(painter, option, option->rect, 1);
        break;
    case PE_PanelButtonCommand:
        outline(painter, option, QRectF(option->rect).adjusted(0, 0, 0, -1), 2);
        break;
    default:
        break;
    }
}

void FocusRingStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                        QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (!(option->state & State_Enabled))
        return;
    switch (control) {
    case CC_SpinBox:
    case CC_ComboBox:
        if (qstyleoption_cast<const QStyleOptionComboBox *>(option) &&
            !static_cast<const QStyleOptionComboBox *>(option)->frame)
            break;
        outline(painter, option, option->rect, 2);
        break;
    case CC_Slider: {
        const QRect groove = subControlRect(CC_Slider, option, SC_SliderGroove, widget);
        const QRect handle = subControlRect(CC_Slider, option, SC_SliderHandle, widget);
        outline(painter, option, groove, 2);
        if (option->subControls & SC_SliderHandle)
            outline(painter, option, handle, 2);
        break;
    }
    default:
        break;
    }
}

int FocusRingStyle::pixelMetric(PixelMetric metric, const QStyleOption *option,
                                const QWidget *widget) const
{
    if (metric == PM_FocusFrameHMargin || metric == PM_FocusFrameVMargin)
        return ringMargin;
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    // Check boxes, radio buttons, small icons and slider handles grow with the text, so large
    // type also means large targets for the mouse and marks and icons that can be seen.
    const int text = option   ? option->fontMetrics.height()
                     : widget ? widget->fontMetrics().height()
                              : 0;
    switch (metric) {
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
    case PM_ButtonIconSize:
    case PM_SmallIconSize: {
        // In the proportion the platform style chose for the desktop's own type size: at 150%
        // text the box is 150% of the platform's, not a fixed fraction of the line.
        const int desktopText = QFontMetrics(Appearance::baseFont()).height();
        if (desktopText <= 0 || text <= desktopText)
            return base;
        return qRound(double(base) * text / desktopText);
    }
    case PM_SliderThickness:
        return qMax(base, text + 8);
    case PM_SliderLength:
    case PM_SliderControlThickness:
        return qMax(base, text * 3 / 4 + 2);
    default:
        return base;
    }
}

int FocusRingStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                              QStyleHintReturn *returnData) const
{
    if (hint == SH_Widget_Animation_Duration)
        return 0;
    if (hint == SH_FocusFrame_Mask && option) {
        // Only the ring itself is part of the frame: the control inside stays clickable and
        // is not painted over.
        if (auto *mask = qstyleoption_cast<QStyleHintReturnMask *>(returnData)) {
            mask->region =
                QRegion(option->rect) -
                QRegion(option->rect.adjusted(ringWidth, ringWidth, -ringWidth, -ringWidth));
            return 1;
        }
    }
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

} // namespace fc
