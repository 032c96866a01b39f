#include "ui/access/dialogsize.h"

#include <QLayout>
#include <QScreen>
#include <QWidget>

namespace fc {

void sizeToContents(QWidget *dialog)
{
    dialog->ensurePolished();
    if (QLayout *layout = dialog->layout())
        layout->activate();
    QSize wanted = dialog->sizeHint();
    if (dialog->hasHeightForWidth())
        wanted.setHeight(qMax(wanted.height(), dialog->heightForWidth(wanted.width())));
    const QSize room = dialog->screen()->availableGeometry().size() * 0.9;
    dialog->resize(wanted.boundedTo(room).expandedTo(dialog->minimumSizeHint()));
}

} // namespace fc
