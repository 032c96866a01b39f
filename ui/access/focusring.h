#pragma once

#include <QFocusFrame>
#include <QObject>
#include <QPointer>
class QWidget;

namespace fc {

// Keeps one focus frame around whichever control has keyboard focus, in every window, so the
// focus is visible on every widget whatever the platform style draws (FocusRingStyle paints it).
class FocusRing : public QObject
{
    Q_OBJECT
public:
    explicit FocusRing(QObject *parent = nullptr);
    ~FocusRing() override;

    // The control the ring is around now (the spin box, not its line edit), or null.
    QWidget *target() const;
    QFocusFrame *frame() const { return m_frame; }

    // The control that shows focus for `focused`: composite controls show it as a whole.
    static QWidget *ringTarget(QWidget *focused);

private:
    void follow(QWidget *now);

    QPointer<QFocusFrame> m_frame;
};

} // namespace fc
