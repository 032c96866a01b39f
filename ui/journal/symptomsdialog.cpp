#include "ui/journal/symptomsdialog.h"

#include "journal/journalstore.h"
#include "journal/symptomstore.h"
#include "ui/access/dialogsize.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QVBoxLayout>

namespace fc {

AddSymptomDialog::AddSymptomDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_higherIsBetter(new QCheckBox(tr("&Higher is better (like sleep quality or mood)"), this))
{
    setWindowTitle(tr("Add a symptom"));
    m_name->setPlaceholderText(tr("e.g. Stiffness, Headache"));
    m_higherIsBetter->setAccessibleDescription(
        tr("Leave it unticked for symptoms where 10 is the worst, like pain."));
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name"), m_name);
    form->addRow(QString(), m_higherIsBetter);
    form->addRow(box);
    sizeToContents(this);
    m_opened = FormSnapshot(this);
}

void AddSymptomDialog::reject()
{
    rejectAskingFirst(this, FormSnapshot(this) != m_opened,
                      tr("Add the symptom \"%1\" before closing?").arg(m_name->text().trimmed()));
}

SymptomsDialog::SymptomsDialog(JournalStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Symptoms"));
    auto *intro = new QLabel(tr("Checked symptoms appear in the check-in, in this order. "
                                "Unchecking one hides it; its history is kept."),
                             this);
    intro->setWordWrap(true);
    m_list->setAccessibleName(tr("Symptoms"));
    m_list->setAccessibleDescription(
        tr("Checked symptoms are asked in the check-in. Space checks or unchecks the one under "
           "focus; Alt+Up and Alt+Down move it."));
    auto *add = new QPushButton(tr("&Add…"), this);
    auto *rename = new QPushButton(tr("&Rename…"), this);
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move &down"), this);
    up->setToolTip(tr("Alt+Up"));
    down->setToolTip(tr("Alt+Down"));
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {add, rename, up, down})
        side->addWidget(b);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        AddSymptomDialog ask(this);
        if (ask.exec() == QDialog::Accepted)
            addSymptom(ask.nameEdit()->text(), ask.higherIsBetterBox()->isChecked());
    });
    connect(rename, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename symptom"), tr("&Name"),
                                                   QLineEdit::Normal, item->text(), &ok);
        if (ok)
            renameCurrent(name);
    });
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), this, [this] { moveCurrent(-1); });
    new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const bool hide = item->checkState() != Qt::Checked;
        const Result saved = SymptomStore(&m_store->database())
                                 .setHidden(item->data(Qt::UserRole).toLongLong(), hide);
        report(saved);
        if (!saved)
            reload(item->data(Qt::UserRole).toLongLong());
    });
    reload(0);
    m_list->setCurrentRow(0);
    // Never larger than the screen, which matters at 200% scaling.
    const QSize room = screen()->availableGeometry().size() * 0.9;
    resize(qMin(440, room.width()), qMin(380, room.height()));
}

void SymptomsDialog::reload(qint64 selectId)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Symptom &s : m_store->symptoms(true)) {
        auto *item = new QListWidgetItem(s.name, m_list);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(s.hidden ? Qt::Unchecked : Qt::Checked);
        item->setToolTip(s.higherIsBetter
                             ? tr("Higher is better: 0 %1, 10 %2").arg(s.lowLabel, s.highLabel)
                             : tr("Lower is better: 0 %1, 10 %2").arg(s.lowLabel, s.highLabel));
        if (s.id == selectId)
            m_list->setCurrentItem(item);
    }
}

void SymptomsDialog::report(const Result &saved)
{
    m_status->setText(saved ? QString() : tr("Not saved: %1").arg(saved.message()));
    m_status->setVisible(!saved);
}

bool SymptomsDialog::addSymptom(const QString &name, bool higherIsBetter)
{
    Symptom s;
    s.name = name;
    s.higherIsBetter = higherIsBetter;
    const Result added = SymptomStore(&m_store->database()).add(s);
    report(added);
    if (added)
        reload(s.id);
    return added.ok();
}

bool SymptomsDialog::renameCurrent(const QString &name)
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return false;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const Result renamed = SymptomStore(&m_store->database()).rename(id, name);
    report(renamed);
    if (renamed)
        reload(id);
    return renamed.ok();
}

bool SymptomsDialog::moveCurrent(int step)
{
    const int row = m_list->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_list->count())
        return false;
    QVector<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
    const qint64 moved = ids[row];
    ids.move(row, target);
    const Result reordered = SymptomStore(&m_store->database()).reorder(ids);
    report(reordered);
    reload(moved);
    return reordered.ok();
}

} // namespace fc
