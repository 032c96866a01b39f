#include "ui/notes/notespanel.h"

#include "ui/access/clearbutton.h"
#include "ui/appcontext.h"
#include "ui/notes/notelistdelegate.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

namespace fc {

namespace {

constexpr int idRole = Qt::UserRole + 1;

} // namespace

NotesPanel::NotesPanel(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_tag(new QComboBox(this))
    , m_article(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_count(new QLabel(this))
    , m_new(new QPushButton(tr("New note"), this))
    , m_searchTimer(new QTimer(this))
{
    m_tag->setAccessibleName(tr("Show notes with tag"));
    m_article->setAccessibleName(tr("Show notes about article"));
    m_search->setAccessibleName(tr("Search notes"));
    m_search->setPlaceholderText(tr("Search notes"));
    enableClearButton(m_search);
    m_list->setAccessibleName(tr("Notes"));
    m_list->setAccessibleDescription(tr("Your notes; moving to one opens it beside the list."));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(false);
    m_list->setItemDelegate(new NoteListDelegate(m_list));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_new);
    layout->addWidget(m_search);
    layout->addWidget(m_tag);
    layout->addWidget(m_article);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, [this] { refresh(); });
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing)
            refresh();
    });
    connect(m_article, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing)
            refresh();
    });
    connect(m_new, &QPushButton::clicked, this, &NotesPanel::newNoteRequested);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !m_refreshing)
            emit noteActivated(item->data(idRole).toLongLong());
    });
    refresh();
}

NoteFilter NotesPanel::filter() const
{
    NoteFilter f;
    f.tag = m_tag->currentData().toString();
    f.articleSlug = m_article->currentData().toString();
    f.text = m_search->text();
    return f;
}

void NotesPanel::setTagFilter(const QString &tag)
{
    const int index = m_tag->findData(tag);
    m_tag->setCurrentIndex(index < 0 ? 0 : index);
}

void NotesPanel::setArticleFilter(const QString &slug)
{
    const int index = m_article->findData(slug);
    m_article->setCurrentIndex(index < 0 ? 0 : index);
}

void NotesPanel::refreshFilters()
{
    const QString tag = m_tag->currentData().toString();
    const QString slug = m_article->currentData().toString();
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const Tag &t : m_context->journal().notesStore().tags())
        m_tag->addItem(tr("%1 (%2)").arg(t.name).arg(t.noteCount), t.name);
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(tag)));

    m_article->clear();
    m_article->addItem(tr("All articles"), QString());
    QSet<QString> seen;
    for (const Note &n : m_context->journal().notesStore().notes()) {
        if (n.articleSlug.isEmpty() || seen.contains(n.articleSlug))
            continue;
        seen.insert(n.articleSlug);
        const Article *a = m_context->library().find(n.articleSlug);
        m_article->addItem(a ? a->title : n.articleSlug, n.articleSlug);
    }
    m_article->setCurrentIndex(qMax(0, m_article->findData(slug)));
    m_article->setVisible(m_article->count() > 1);
}

void NotesPanel::refresh(qint64 selectId)
{
    if (selectId == 0)
        selectId = currentId();
    m_refreshing = true;
    refreshFilters();
    m_list->clear();
    const QLocale locale;
    const QVector<NoteMatch> matches = m_context->journal().notesStore().find(filter());
    for (const NoteMatch &m : matches) {
        const Note &n = m.note;
        QString title = n.title.trimmed();
        if (title.isEmpty())
            title = n.quote.isEmpty() ? n.body.simplified().left(60)
                                      : QStringLiteral("“%1”").arg(n.quote.simplified().left(60));
        if (title.isEmpty())
            title = tr("Untitled note");
        QString second = locale.toString(n.updatedAt.toLocalTime().date(), QLocale::ShortFormat);
        if (!n.tags.isEmpty())
            second += QStringLiteral(" · ") + n.tags.join(QStringLiteral(", "));
        if (!m.snippet.isEmpty())
            second += QStringLiteral("\n") + m.snippet;
        auto *item = new QListWidgetItem(title + QLatin1Char('\n') + second, m_list);
        item->setData(idRole, n.id);
        item->setToolTip(n.body.left(400));
        if (n.id == selectId)
            m_list->setCurrentItem(item);
    }
    m_count->setText(tr("%n note(s)", nullptr, int(matches.size())));
    m_refreshing = false;
}

void NotesPanel::select(qint64 id)
{
    m_refreshing = true;
    m_list->setCurrentItem(nullptr);
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(idRole).toLongLong() == id) {
            m_list->setCurrentItem(m_list->item(i));
            m_list->scrollToItem(m_list->item(i));
            break;
        }
    }
    m_refreshing = false;
}

QVector<qint64> NotesPanel::selectedIds() const
{
    QVector<qint64> out;
    for (const QListWidgetItem *item : m_list->selectedItems())
        out << item->data(idRole).toLongLong();
    return out;
}

qint64 NotesPanel::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(idRole).toLongLong() : 0;
}

} // namespace fc
