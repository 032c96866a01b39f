#include "ui/journal/trialdialog.h"

#include "articles/articlelibrary.h"
#include "core/displaydate.h"
#include "journal/itemnames.h"
#include "journal/journalstore.h"
#include "journal/trialcautions.h"
#include "journal/trialdose.h"
#include "ui/access/dialogsize.h"
#include "ui/journal/cautionshtml.h"
#include "ui/journal/datecelldelegate.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fc {

namespace {

// A dose reads as it is written, "1.5" or "200", while three decimals can still be typed.
class DoseBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

protected:
    QString textFromValue(double value) const override { return formatDose(value, QString()); }
};

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->setMinimumHeight(table->fontMetrics().lineSpacing() * 4);
    table->setMaximumHeight(table->fontMetrics().lineSpacing() * 8);
    table->setTabKeyNavigation(false);
    // The first column is the date: shown like every other date, edited with a date field.
    table->setItemDelegateForColumn(0, new DateCellDelegate(table));
    return table;
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void addRow(QTableWidget *table, const QStringList &values)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < values.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(values[c]));
}

struct TableWithButtons
{
    QWidget *box;
    QPushButton *add;
    QPushButton *remove;
};

TableWithButtons tableWithButtons(QTableWidget *table, const QStringList &blankRow,
                                  const QString &what)
{
    auto *box = new QWidget;
    auto *add = new QPushButton(QObject::tr("Add %1").arg(what), box);
    auto *remove = new QPushButton(QObject::tr("Remove"), box);
    // Two tables each have a Remove button: the name says which rows it removes.
    remove->setAccessibleName(QObject::tr("Remove %1").arg(what));
    QObject::connect(add, &QPushButton::clicked, table, [table, blankRow] {
        addRow(table, blankRow);
        table->setCurrentCell(table->rowCount() - 1, 1);
        table->setFocus();
    });
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table);
    layout->addLayout(buttons);
    return {box, add, remove};
}

} // namespace

TrialDialog::TrialDialog(JournalStore *store, const ArticleLibrary *library, const Trial &trial,
                         QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_library(library)
    , m_trial(trial)
    , m_cautions(new QLabel(this))
    , m_treatment(new QComboBox(this))
    , m_suggestions(new QCompleter(this))
    , m_suggestionModel(new QStringListModel(this))
    , m_dose(new DoseBox(this))
    , m_unit(new QLineEdit(this))
    , m_schedule(new QLineEdit(this))
    , m_start(new QDateEdit(this))
    , m_stopped(new QCheckBox(tr("St&opped on"), this))
    , m_stop(new QDateEdit(this))
    , m_stopReason(new QLineEdit(this))
    , m_rampUp(new QSpinBox(this))
    , m_doses(makeTable({tr("Date"), tr("New dose"), tr("Unit"), tr("Note")}, this))
    , m_effects(makeTable({tr("Date"), tr("Side effect"), tr("Severity 0-10")}, this))
    , m_note(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(trial.id == 0 ? tr("New trial") : tr("Edit trial"));
    m_cautions->setWordWrap(true);
    m_cautions->setTextFormat(Qt::RichText);
    m_cautions->setFrameShape(QFrame::StyledPanel);
    m_cautions->setMargin(8);
    m_cautions->setAccessibleName(tr("Cautions from the articles"));
    m_cautions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_treatment->setEditable(true);
    m_treatment->setInsertPolicy(QComboBox::NoInsert);
    m_treatment->lineEdit()->setPlaceholderText(tr("Choose, or type your own"));
    m_treatment->setAccessibleName(tr("Treatment"));
    // Any part of a name finds it ("naltrexone", "LDN", "low dose"), not only its beginning.
    m_suggestions->setModel(m_suggestionModel);
    m_suggestions->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_suggestions->setCaseSensitivity(Qt::CaseInsensitive);
    m_treatment->setCompleter(m_suggestions);
    connect(m_treatment->lineEdit(), &QLineEdit::textEdited, this, &TrialDialog::suggestTreatments);
    connect(m_suggestions, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                const int index = m_treatment->findText(text);
                if (index >= 0)
                    m_treatment->setCurrentIndex(index);
            });
    m_dose->setRange(-1, 100000);
    m_dose->setDecimals(3);
    m_dose->setSpecialValueText(tr("Not given"));
    m_dose->setValue(trial.dose ? *trial.dose : -1);
    m_dose->setAccessibleDescription(
        tr("The dose you start with, in the unit beside it. The lowest value is “Not given”."));
    m_unit->setText(trial.unit);
    m_unit->setAccessibleName(tr("Dose unit"));
    m_unit->setMaximumWidth(m_unit->fontMetrics().horizontalAdvance(u'm') * 8);
    m_schedule->setText(trial.schedule);
    m_schedule->setPlaceholderText(tr("e.g. 4.5 mg at bedtime"));
    for (QDateEdit *edit : {m_start, m_stop}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(displayDateFormat());
    }
    m_start->setDate(trial.start.isValid() ? trial.start : QDate::currentDate());
    m_start->setAccessibleDescription(
        tr("The first day you took the treatment. Tab moves through day, month and year; "
           "Alt+Down opens a calendar."));
    m_stop->setAccessibleName(tr("Stop date"));
    m_stop->setAccessibleDescription(
        tr("The last day you took the treatment. Tab moves through day, month and year; "
           "Alt+Down opens a calendar."));
    m_stopped->setChecked(trial.stop.isValid());
    m_stop->setDate(trial.stop.isValid() ? trial.stop : QDate::currentDate());
    m_stop->setEnabled(trial.stop.isValid());
    m_stopReason->setText(trial.stopReason);
    m_stopReason->setEnabled(trial.stop.isValid());
    m_stopReason->setPlaceholderText(tr("Why (optional)"));
    m_stopReason->setAccessibleName(tr("Why it was stopped"));
    m_rampUp->setRange(0, 90);
    m_rampUp->setSuffix(tr(" days"));
    m_rampUp->setValue(trial.rampUpDays);
    m_rampUp->setToolTip(tr("Days to leave out when comparing before and after, while the "
                            "treatment starts to work"));
    m_note->setPlainText(trial.note);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4);
    m_doses->setAccessibleName(tr("Dose changes"));
    m_doses->setAccessibleDescription(
        tr("One row per change of dose: the date, new dose, unit and a note. Arrow keys move "
           "between cells; typing or F2 edits one."));
    m_effects->setAccessibleName(tr("Side effects"));
    m_effects->setAccessibleDescription(
        tr("One row per side effect: the date, what it was and how bad from 0 to 10. Arrow "
           "keys move between cells; typing or F2 edits one."));
    for (const DoseChange &d : trial.doseChanges)
        addRow(m_doses,
               {d.day.toString(Qt::ISODate), formatDose(d.dose, QString()), d.unit, d.note});
    for (const SideEffect &s : trial.sideEffects)
        addRow(m_effects, {s.day.toString(Qt::ISODate), s.description,
                           s.severity ? QString::number(*s.severity) : QString()});

    auto *form = new QFormLayout;
    form->addRow(tr("&Treatment"), m_treatment);
    auto *doseRow = new QHBoxLayout;
    doseRow->addWidget(m_dose, 1);
    doseRow->addWidget(m_unit);
    auto *doseLabel = new QLabel(tr("Starting &dose and unit"), this);
    doseLabel->setBuddy(m_dose);
    form->addRow(doseLabel, doseRow);
    form->addRow(tr("&Schedule"), m_schedule);
    form->addRow(tr("St&art"), m_start);
    auto *stopRow = new QHBoxLayout;
    stopRow->addWidget(m_stop);
    stopRow->addWidget(m_stopReason, 1);
    form->addRow(m_stopped, stopRow);
    form->addRow(tr("&Ramp-up"), m_rampUp);
    const TableWithButtons doses = tableWithButtons(
        m_doses, {QDate::currentDate().toString(Qt::ISODate), QString(), trial.unit, QString()},
        tr("dose change"));
    form->addRow(tr("Dose changes"), doses.box);
    const TableWithButtons effects = tableWithButtons(
        m_effects, {QDate::currentDate().toString(Qt::ISODate), QString(), QString()},
        tr("side effect"));
    form->addRow(tr("Side effects"), effects.box);
    auto *noteLabel = new QLabel(tr("&Note"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_cautions);
    contentLayout->addLayout(form);
    // Not a Tab stop of its own: it scrolls to whichever field has focus, and only down.
    QScrollArea *scroll = scrollingContent(this, content);

    m_status->setWordWrap(true);
    m_status->setVisible(false);
    m_status->setStyleSheet(QStringLiteral("font-weight: bold"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TrialDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TrialDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    // Top to bottom as on screen; each table comes before the buttons under it.
    const QList<QWidget *> order{m_treatment, m_dose,      m_unit,         m_schedule,
                                 m_start,     m_stopped,   m_stop,         m_stopReason,
                                 m_rampUp,    m_doses,     doses.add,      doses.remove,
                                 m_effects,   effects.add, effects.remove, m_note};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_stopped, &QCheckBox::toggled, m_stop, &QWidget::setEnabled);
    connect(m_stopped, &QCheckBox::toggled, m_stopReason, &QWidget::setEnabled);
    fillTreatments();
    connect(m_treatment, &QComboBox::currentIndexChanged, this, &TrialDialog::treatmentChanged);
    connect(m_treatment, &QComboBox::editTextChanged, this, &TrialDialog::treatmentChanged);
    treatmentChanged();
    // Never larger than the screen, which matters at 200% scaling.
    const QSize room = screen()->availableGeometry().size() * 0.9;
    resize(qMin(640, room.width()), qMin(660, room.height()));
    m_treatment->setFocus();
    m_opened = FormSnapshot(this);
}

void TrialDialog::fillTreatments()
{
    m_treatments = m_store->trials().treatments();
    const QSignalBlocker block(m_treatment);
    m_treatment->clear();
    int current = -1;
    for (const Treatment &t : std::as_const(m_treatments)) {
        m_treatment->addItem(t.builtin ? t.name : tr("%1 (your own)").arg(t.name), t.key);
        if (t.id == m_trial.treatmentId ||
            (!m_trial.treatmentKey.isEmpty() && t.key == m_trial.treatmentKey))
            current = m_treatment->count() - 1;
    }
    m_treatment->setCurrentIndex(current);
    if (current < 0)
        m_treatment->setEditText(QString());
}

void TrialDialog::suggestTreatments(const QString &typed)
{
    QStringList matches;
    for (int i = 0; i < m_treatments.size(); ++i)
        if (itemnames::matchesSearch(typed, m_treatments[i].key, m_treatments[i].name))
            matches << m_treatment->itemText(i);
    m_suggestionModel->setStringList(matches);
    if (!matches.isEmpty())
        m_suggestions->complete();
    else if (m_suggestions->popup())
        m_suggestions->popup()->hide();
}

QStringList TrialDialog::treatmentSuggestions() const
{
    return m_suggestionModel->stringList();
}

int TrialDialog::treatmentIndex(const QString &typed) const
{
    const int index = m_treatment->findText(typed);
    if (index >= 0)
        return index;
    for (int i = 0; i < m_treatments.size(); ++i)
        if (m_treatments[i].name.compare(typed.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    // "LDN" or "low dose naltrexone" typed in full is the catalogue's treatment, not a new one.
    for (int i = 0; i < m_treatments.size(); ++i)
        if (itemnames::names(typed, m_treatments[i].key, m_treatments[i].name))
            return i;
    return -1;
}

void TrialDialog::treatmentChanged()
{
    const int index = treatmentIndex(m_treatment->currentText());
    const Treatment *chosen = index >= 0 ? &m_treatments[index] : nullptr;
    if (!chosen) {
        m_cautions->setVisible(false);
        return;
    }
    if (m_unit->text().isEmpty())
        m_unit->setText(chosen->defaultUnit);
    QVector<Trial> others = m_store->trials().trials();
    others.erase(std::remove_if(others.begin(), others.end(),
                                [this](const Trial &t) { return t.id == m_trial.id; }),
                 others.end());
    const QString html =
        cautionsHtml(chosen->name, cautionsFor(*chosen, m_treatments, others, *m_library));
    m_cautions->setText(html);
    m_cautions->setVisible(!html.isEmpty());
}

QString TrialDialog::cautionsText() const
{
    return m_cautions->isHidden() ? QString() : m_cautions->text();
}

Result TrialDialog::collect(Trial *t)
{
    *t = m_trial;
    const QString typed = m_treatment->currentText().trimmed();
    const int index = treatmentIndex(typed);
    if (typed.isEmpty())
        return fail(tr("Choose a treatment or type the name of your own."));
    if (index >= 0) {
        t->treatmentId = m_treatments[index].id;
    } else {
        Treatment own;
        own.name = typed;
        own.defaultUnit = m_unit->text().trimmed();
        if (Result step = m_store->trials().addTreatment(own); !step)
            return step;
        fillTreatments();
        m_treatment->setCurrentIndex(m_treatment->findData(own.key));
        t->treatmentId = own.id;
    }
    t->dose = m_dose->value() >= 0 ? std::optional<double>(m_dose->value()) : std::nullopt;
    t->unit = m_unit->text().trimmed();
    t->schedule = m_schedule->text().trimmed();
    t->start = m_start->date();
    t->stop = m_stopped->isChecked() ? m_stop->date() : QDate();
    t->stopReason = m_stopped->isChecked() ? m_stopReason->text().trimmed() : QString();
    t->rampUpDays = m_rampUp->value();
    t->note = m_note->toPlainText().trimmed();
    t->doseChanges.clear();
    for (int r = 0; r < m_doses->rowCount(); ++r) {
        DoseChange d;
        d.day = QDate::fromString(cell(m_doses, r, 0), Qt::ISODate);
        bool ok = false;
        d.dose = QLocale().toDouble(cell(m_doses, r, 1), &ok);
        if (!ok)
            d.dose = cell(m_doses, r, 1).toDouble(&ok);
        if (!d.day.isValid() || !ok)
            return fail(tr("Dose change %1: give a date and a number for the dose.").arg(r + 1));
        d.unit = cell(m_doses, r, 2);
        d.note = cell(m_doses, r, 3);
        t->doseChanges << d;
    }
    t->sideEffects.clear();
    for (int r = 0; r < m_effects->rowCount(); ++r) {
        SideEffect s;
        s.day = QDate::fromString(cell(m_effects, r, 0), Qt::ISODate);
        s.description = cell(m_effects, r, 1);
        const QString severity = cell(m_effects, r, 2);
        bool ok = true;
        if (!severity.isEmpty())
            s.severity = severity.toInt(&ok);
        if (!s.day.isValid() || !ok)
            return fail(tr("Side effect %1: give a date and a severity from 0 to 10 (or leave it "
                           "empty).")
                            .arg(r + 1));
        t->sideEffects << s;
    }
    return {};
}

void TrialDialog::showError(const QString &message)
{
    m_lastError = message;
    m_status->setText(tr("Not saved: %1").arg(message));
    m_status->setVisible(true);
}

void TrialDialog::accept()
{
    Trial t;
    Result saved = collect(&t);
    if (saved)
        saved = m_store->trials().saveTrial(t);
    if (!saved) {
        showError(saved.message());
        return;
    }
    m_trial = t;
    m_lastError.clear();
    QDialog::accept();
}

void TrialDialog::reject()
{
    const QString name = m_treatment->currentText().trimmed();
    rejectAskingFirst(this, FormSnapshot(this) != m_opened,
                      name.isEmpty() ? tr("Save this trial before closing?")
                                     : tr("Save the trial of %1 before closing?").arg(name));
}

} // namespace fc
