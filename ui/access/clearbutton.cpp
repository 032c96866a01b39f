#include "ui/access/clearbutton.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QToolButton>

namespace fc {

void enableClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    // The button exists from here on and is only shown and hidden with the text.
    for (QToolButton *button :
         edit->findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly)) {
        button->setAccessibleName(QCoreApplication::translate("fc::ClearButton", "Clear"));
        button->setAccessibleDescription(
            QCoreApplication::translate("fc::ClearButton", "Empties the field."));
    }
}

} // namespace fc
