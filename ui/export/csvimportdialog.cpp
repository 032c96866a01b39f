#include "ui/export/csvimportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace fc {

CsvImportDialog::CsvImportDialog(const QString &fileName, const CsvImportPlan &plan,
                                 QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_headline(new QLabel(this))
    , m_mappingLabel(new QLabel(tr("&Names in the file, and what each becomes:"), this))
    , m_mappings(new QTableWidget(0, 2, this))
    , m_details(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(fileName).fileName()));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Import preview"));
    // Sized in the text's own units, so large type gets a larger preview, not clipped names.
    const QFontMetrics metrics = fontMetrics();
    m_details->setMinimumSize(metrics.averageCharWidth() * 70, metrics.lineSpacing() * 8);
    m_mappings->setHorizontalHeaderLabels({tr("In the file"), tr("Becomes")});
    m_mappings->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mappings->verticalHeader()->hide();
    m_mappings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappings->setAccessibleName(tr("Names in the file"));
    m_mappingLabel->setBuddy(m_mappings);
    m_mappingLabel->hide();
    m_mappings->hide();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_mappingLabel);
    layout->addWidget(m_mappings, 1);
    layout->addWidget(m_details, 2);
    layout->addWidget(m_buttons);
    showPlan();
    // Room for a long name beside its choice and a dozen lines of the preview, within the screen.
    QSize wanted(metrics.averageCharWidth() * 100, metrics.lineSpacing() * 34);
    if (const QScreen *screen = parent ? parent->screen() : nullptr)
        wanted = wanted.boundedTo(screen->availableSize() * 0.9);
    resize(wanted);
}

void CsvImportDialog::allowMapping(const QVector<Symptom> &symptoms,
                                   const QVector<Treatment> &treatments, Replan replan)
{
    m_replan = std::move(replan);
    const QVector<CsvImportPlan::NameMatch> matches = m_plan.matches;
    m_mappings->setRowCount(int(matches.size()));
    for (int row = 0; row < matches.size(); ++row) {
        const CsvImportPlan::NameMatch &match = matches[row];
        const bool symptom = match.kind == CsvImportPlan::NameMatch::Kind::Symptom;
        m_mappings->setItem(row, 0,
                            new QTableWidgetItem(symptom ? tr("%1 (symptom)").arg(match.source)
                                                         : tr("%1 (treatment)").arg(match.source)));
        auto *box = new QComboBox(m_mappings);
        box->setAccessibleName(tr("What %1 becomes").arg(match.source));
        if (match.created)
            box->addItem(symptom ? tr("New symptom “%1”").arg(match.source)
                                 : tr("New treatment “%1”").arg(match.source),
                         QString());
        if (symptom) {
            for (const Symptom &s : symptoms)
                box->addItem(s.name, s.key);
        } else {
            for (const Treatment &t : treatments)
                box->addItem(t.name, t.key);
        }
        box->setCurrentIndex(match.created ? 0 : std::max(0, box->findData(match.key)));
        connect(box, &QComboBox::currentIndexChanged, this,
                [this, row, box] { choose(row, box->currentData().toString()); });
        m_mappings->setCellWidget(row, 1, box);
    }
    // Tab goes from one choice to the next (arrows change the one with focus), then on to the
    // preview: the table itself only holds them.
    m_mappings->setFocusPolicy(Qt::NoFocus);
    m_mappings->setTabKeyNavigation(false);
    QWidget *previous = nullptr;
    for (int row = 0; row < m_mappings->rowCount(); ++row) {
        QWidget *box = m_mappings->cellWidget(row, 1);
        if (previous)
            setTabOrder(previous, box);
        else
            m_mappingLabel->setBuddy(box);
        previous = box;
    }
    if (previous)
        setTabOrder(previous, m_details);
    const bool any = !matches.isEmpty();
    m_mappingLabel->setVisible(any);
    m_mappings->setVisible(any);
    showPlan();
}

void CsvImportDialog::choose(int row, const QString &key)
{
    const CsvImportPlan::NameMatch &match = m_plan.matches.at(row);
    QHash<QString, QString> &choices = match.kind == CsvImportPlan::NameMatch::Kind::Symptom
                                           ? m_choices.symptoms
                                           : m_choices.treatments;
    if (key.isEmpty())
        choices.remove(match.source);
    else
        choices.insert(match.source, key);
    if (!m_replan)
        return;
    // The names stay the same whatever they stand for, so the table's rows still fit.
    const QVector<CsvImportPlan::NameMatch> rows = m_plan.matches;
    m_plan = m_replan(m_choices);
    m_plan.matches = rows;
    showPlan();
}

void CsvImportDialog::showPlan()
{
    if (!m_plan.errors.isEmpty())
        m_headline->setText(tr("%Ln problem(s) in this file, so nothing will be imported. Fix "
                               "the lines listed below and try again.",
                               nullptr, int(std::min<qint64>(m_plan.errorCount(), INT_MAX))));
    else if (m_plan.isEmpty())
        m_headline->setText(tr("Everything in this file is already in your journal."));
    else
        m_headline->setText(tr("This will add %1 to your journal.").arg(m_plan.additions()));
    // The table above shows what each name became.
    m_details->setPlainText(m_plan.summary(m_plan.matches.isEmpty() || !m_replan
                                               ? CsvImportPlan::Names::Listed
                                               : CsvImportPlan::Names::Omitted));
    // Import is offered only for a plan that can be imported: a bad file has Cancel alone.
    if (m_plan.canImport() && !m_import) {
        m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
        m_import->setDefault(true);
    } else if (!m_plan.canImport() && m_import) {
        m_buttons->removeButton(m_import);
        m_import->deleteLater();
        m_import = nullptr;
    }
}

QString CsvImportDialog::detailsText() const
{
    return m_headline->text() + QLatin1Char('\n') + m_details->toPlainText();
}

} // namespace fc
