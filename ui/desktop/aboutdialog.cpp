#include "ui/desktop/aboutdialog.h"

#include "articles/article.h"
#include "core/appinfo.h"

#include <QApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <algorithm>

namespace fc {

QStringList AboutDialog::articleSources(const QVector<Article> &articles)
{
    QMap<QString, int> counts;
    for (const Article &a : articles)
        if (a.origin == Article::Origin::Bundled && !a.source.trimmed().isEmpty())
            ++counts[a.source.trimmed()];
    QStringList sources = counts.keys();
    std::stable_sort(sources.begin(), sources.end(), [&counts](const QString &a, const QString &b) {
        return counts.value(a) > counts.value(b);
    });
    return sources;
}

AboutDialog::AboutDialog(const QVector<Article> &articles, QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setWindowTitle(tr("About %1").arg(AppInfo::displayName()));

    QString sources;
    for (const QString &s : articleSources(articles))
        sources += QStringLiteral("<li>%1</li>").arg(s.toHtmlEscaped());

    const QDate released = QDate::fromString(AppInfo::releaseDate(), Qt::ISODate);
    QString html =
        QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>")
            .arg(AppInfo::displayName().toHtmlEscaped(),
                 tr("Version %1, released %2")
                     .arg(AppInfo::version(), QLocale().toString(released, QLocale::LongFormat)),
                 tr("An offline library about fibromyalgia and ME/CFS treatments and a private "
                    "symptom diary. Your journal stays on this computer: the app makes no "
                    "network connections."));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("The articles are information, not medical advice. Talk to your doctor "
                        "before changing a treatment."));
    if (!sources.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                    .arg(tr("Where the articles come from"), sources);
    html += QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                .arg(tr("Licence"),
                     tr("Copyright 2026 Fibro Companion contributors.<br>This program is free "
                        "software: you can redistribute it and/or modify it under the terms of "
                        "the GNU General Public License as published by the Free Software "
                        "Foundation, either version 3 of the License, or (at your option) any "
                        "later version. It comes with ABSOLUTELY NO WARRANTY. On Debian the "
                        "licence text is in /usr/share/common-licenses/GPL-3."));
    m_text->setText(html);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    // The text scrolls rather than being cut off where the screen is too small for it at large
    // type; the scroll area takes focus so the keyboard can scroll it too.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_text);
    scroll->setAccessibleName(windowTitle());
    scroll->setAccessibleDescription(tr("Up, Down, Page Up and Page Down scroll the text."));

    auto *icon = new QLabel(this);
    const int iconSize = fontMetrics().height() * 5;
    icon->setPixmap(QApplication::windowIcon().pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(scroll, 1);
    row->setSpacing(fontMetrics().height());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);

    // About 70 characters a line, and as tall as the text at that width, within the screen.
    const QSize room = screen()->availableGeometry().size() * 0.9;
    const QMargins margins = layout->contentsMargins();
    const int width = qMin(fontMetrics().averageCharWidth() * 70, room.width());
    const int textWidth = width - margins.left() - margins.right() - icon->sizeHint().width() -
                          row->spacing() - scroll->verticalScrollBar()->sizeHint().width();
    const int height = margins.top() + m_text->heightForWidth(textWidth) + layout->spacing() +
                       buttons->sizeHint().height() + margins.bottom();
    resize(width, qMin(height, room.height()));
}

} // namespace fc
