#include "export/csvimportdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace fc {

CsvImportDialog::CsvImportDialog(const QString &fileName, const CsvImportPlan &plan,
                                 QWidget *parent)
    : QDialog(parent)
    , m_headline(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(fileName).fileName()));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    if (!plan.errors.isEmpty())
        m_headline->setText(tr("%Ln problem(s) in this file, so nothing will be imported. Fix "
                               "the lines listed below and try again.",
                               nullptr, int(std::min<qint64>(plan.errorCount(), INT_MAX))));
    else if (plan.isEmpty())
        m_headline->setText(tr("Everything in this file is already in your journal."));
    else
        m_headline->setText(tr("This will add %1 to your journal.").arg(plan.additions()));
    m_details->setReadOnly(true);
    m_details->setPlainText(plan.summary());
    m_details->setAccessibleName(tr("Import preview"));
    m_details->setMinimumSize(560, 260);

    if (plan.canImport()) {
        QPushButton *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
        import->setDefault(true);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_buttons);
}

QString CsvImportDialog::detailsText() const
{
    return m_headline->text() + QLatin1Char('\n') + m_details->toPlainText();
}

} // namespace fc
