#include "ui/web/ondemandview.h"

#include <QVBoxLayout>

namespace fc {

OnDemandView::OnDemandView(Factory factory, QWidget *parent)
    : QWidget(parent)
    , m_factory(std::move(factory))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // Keyboard focus given to the place before the widget exists reaches it once it does.
    setFocusPolicy(Qt::StrongFocus);
}

QWidget *OnDemandView::widget()
{
    if (m_widget)
        return m_widget;
    const bool hadFocus = hasFocus();
    m_widget = m_factory(this);
    layout()->addWidget(m_widget);
    setFocusProxy(m_widget);
    setFocusPolicy(Qt::NoFocus);
    if (hadFocus)
        m_widget->setFocus(Qt::OtherFocusReason);
    emit created(m_widget);
    return m_widget;
}

void OnDemandView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    widget();
}

} // namespace fc
