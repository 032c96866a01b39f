#pragma once

#include <QWidget>
#include <functional>

namespace fc {

// Holds the place of a widget that is expensive to create (a web view: the first one starts
// the web engine and its helper processes) and creates it the first time it is shown or asked
// for. A start that shows only Today or the check-in never pays for the engine.
class OnDemandView : public QWidget
{
    Q_OBJECT
public:
    using Factory = std::function<QWidget *(QWidget *parent)>;
    explicit OnDemandView(Factory factory, QWidget *parent = nullptr);

    // The widget, created now if it was not yet.
    QWidget *widget();
    bool isCreated() const { return m_widget != nullptr; }

signals:
    // Once, right after the widget was made and laid out in place.
    void created(QWidget *widget);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Factory m_factory;
    QWidget *m_widget = nullptr;
};

} // namespace fc
