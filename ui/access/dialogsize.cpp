#include "ui/access/dialogsize.h"

#include <QLayout>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
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

QScrollArea *scrollingContent(QWidget *dialog, QWidget *content)
{
    auto *scroll = new QScrollArea(dialog);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const QSize room = dialog->screen()->availableGeometry().size();
    scroll->setMinimumWidth(
        qMin(content->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width(),
             room.width() * 9 / 10));
    scroll->setMinimumHeight(qMin(content->sizeHint().height(), room.height() * 7 / 10));
    return scroll;
}

} // namespace fc
