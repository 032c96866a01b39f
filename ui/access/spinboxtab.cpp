#include "ui/access/spinboxtab.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>

namespace fc {

namespace {

class TabRelease : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *box = static_cast<QAbstractSpinBox *>(watched);
        if (event->type() == QEvent::KeyPress && !box->specialValueText().isEmpty() &&
            box->text() == box->specialValueText()) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
                QWidget *next = key->key() == Qt::Key_Tab ? box->nextInFocusChain()
                                                          : box->previousInFocusChain();
                while (next && next != box &&
                       (!(next->focusPolicy() & Qt::TabFocus) || !next->isVisible() ||
                        !next->isEnabled() || next->focusProxy()))
                    next = key->key() == Qt::Key_Tab ? next->nextInFocusChain()
                                                     : next->previousInFocusChain();
                if (next && next != box)
                    next->setFocus(key->key() == Qt::Key_Tab ? Qt::TabFocusReason
                                                             : Qt::BacktabFocusReason);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void releaseTabFromSpecialValue(QAbstractSpinBox *box)
{
    box->installEventFilter(new TabRelease(box));
}

} // namespace fc
