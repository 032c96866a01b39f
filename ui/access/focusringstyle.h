#pragma once

#include <QProxyStyle>

namespace fc {

// The app's style: the platform style plus what low-vision and keyboard users need from it.
// - A 3 px focus ring (drawn by a QFocusFrame that FocusRing moves to the focused control) in
//   the palette's Highlight colour, which meets 3:1 against the window in both themes.
// - Control boundaries (text fields, buttons, check boxes, spin boxes, combo boxes, slider
//   grooves) outlined in QPalette::Dark, which meets 3:1; the platform's own outline is drawn
//   a shade darker than the window and does not.
// - Check boxes, radio buttons, small icons and slider handles sized with the text.
// - No widget animations.
class FocusRingStyle : public QProxyStyle
{
    Q_OBJECT
public:
    static constexpr int ringWidth = 3;

    FocusRingStyle();

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
                  const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
};

} // namespace fc
