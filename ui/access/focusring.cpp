#include "ui/access/focusring.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFocusFrame>
#include <QWebEngineView>

namespace fc {

FocusRing::FocusRing(QObject *parent)
    : QObject(parent)
{
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { follow(now); });
    follow(QApplication::focusWidget());
}

FocusRing::~FocusRing()
{
    delete m_frame.data();
}

QWidget *FocusRing::target() const
{
    return m_frame ? m_frame->widget() : nullptr;
}

QWidget *FocusRing::ringTarget(QWidget *focused)
{
    QWidget *target = focused;
    for (QWidget *p = focused ? focused->parentWidget() : nullptr; p; p = p->parentWidget())
        if (qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QComboBox *>(p) ||
            qobject_cast<QWebEngineView *>(p) || qobject_cast<QAbstractItemView *>(p))
            target = p;
    // Menus and other pop-ups show their own current item.
    if (!target || target->isWindow() || target->window()->windowType() == Qt::Popup)
        return nullptr;
    return target;
}

void FocusRing::follow(QWidget *now)
{
    QWidget *target = ringTarget(now);
    if (!target) {
        if (m_frame)
            m_frame->setWidget(nullptr);
        return;
    }
    if (!m_frame) {
        m_frame = new QFocusFrame(target);
        m_frame->setObjectName(QStringLiteral("fc-focus-ring"));
    }
    m_frame->setWidget(target);
}

} // namespace fc
