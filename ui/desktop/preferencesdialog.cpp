#include "ui/desktop/preferencesdialog.h"

#include "core/settings.h"
#include "export/visitreport.h"
#include "ui/access/clearbutton.h"
#include "ui/access/dialogsize.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <cmath>

namespace fc {

PreferencesDialog::PreferencesDialog(Settings *settings, bool trayAvailable, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_theme(new QComboBox(this))
    , m_largeType(new QCheckBox(tr("&Large type"), this))
    , m_zoom(new QSpinBox(this))
    , m_paper(new QComboBox(this))
    , m_patientName(new QLineEdit(this))
    , m_baseline(new QSpinBox(this))
    , m_exertion(new QCheckBox(tr("Ask about &exertion in the check-in"), this))
    , m_upright(new QCheckBox(tr("Ask for &hours upright in the check-in"), this))
    , m_reminder(new QCheckBox(tr("&Remind me every day at"), this))
    , m_reminderTime(new QTimeEdit(this))
    , m_fiqrReminder(new QCheckBox(tr("Offer the &FIQR on Today each week"), this))
    , m_acrReminder(new QCheckBox(tr("Offer the &body map on Today each month"), this))
    , m_trayNote(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));

    m_theme->addItem(tr("Same as the system"), int(Settings::Theme::System));
    m_theme->addItem(tr("Light"), int(Settings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Settings::Theme::Dark));
    m_zoom->setRange(50, 300);
    m_zoom->setSingleStep(10);
    m_zoom->setSuffix(tr(" %"));
    m_zoom->setAccessibleDescription(
        tr("How large articles are shown, in percent; 100 is normal. Up and Down change it by "
           "10."));
    m_largeType->setAccessibleDescription(
        tr("Makes the text of the whole app and of the articles one and a half times larger."));

    const QString localePaper =
        reportPageSize(QString(), QLocale()) == QPageSize::Letter ? tr("Letter") : tr("A4");
    m_paper->addItem(tr("From my region (%1)").arg(localePaper), QString());
    m_paper->addItem(tr("A4"), QStringLiteral("A4"));
    m_paper->addItem(tr("Letter"), QStringLiteral("Letter"));
    m_patientName->setPlaceholderText(tr("Optional"));
    enableClearButton(m_patientName);
    m_patientName->setMaxLength(120);
    m_baseline->setRange(Settings::minimumBaselineDays, Settings::maximumBaselineDays);
    m_baseline->setSuffix(tr(" days"));
    m_baseline->setAccessibleDescription(
        tr("Your usual level before a treatment is taken over up to this many days before it "
           "started, from 14 to 120. A long window keeps a start on a bad stretch from looking "
           "like help."));
    // The locale's short format, but never with seconds (the C locale's has them).
    QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat);
    if (timeFormat.contains(u's'))
        timeFormat = QStringLiteral("HH:mm");
    m_reminderTime->setDisplayFormat(timeFormat);

    auto *look = new QGroupBox(tr("Reading"), this);
    auto *lookForm = new QFormLayout(look);
    lookForm->addRow(tr("&Theme:"), m_theme);
    lookForm->addRow(QString(), m_largeType);
    lookForm->addRow(tr("Article &zoom:"), m_zoom);

    auto *reports = new QGroupBox(tr("Reports and insights"), this);
    auto *reportForm = new QFormLayout(reports);
    reportForm->addRow(tr("&Paper size:"), m_paper);
    reportForm->addRow(tr("&Name on reports:"), m_patientName);
    reportForm->addRow(tr("&Usual level from up to:"), m_baseline);

    auto *checkIn = new QGroupBox(tr("Check-in"), this);
    auto *checkInLayout = new QVBoxLayout(checkIn);
    checkInLayout->addWidget(m_exertion);
    m_exertion->setAccessibleDescription(
        tr("Physical, mental and social exertion of the day, 0 to 10, after the symptoms. Each "
           "is optional."));
    checkInLayout->addWidget(m_upright);
    m_upright->setAccessibleDescription(
        tr("Hours of the day spent sitting up or standing rather than lying down, after the "
           "symptoms. Optional."));

    auto *reminder = new QGroupBox(tr("Reminders"), this);
    auto *reminderLayout = new QVBoxLayout(reminder);
    auto *reminderRow = new QHBoxLayout;
    reminderRow->addWidget(m_reminder);
    reminderRow->addWidget(m_reminderTime);
    reminderRow->addStretch();
    reminderLayout->addLayout(reminderRow);
    m_trayNote->setWordWrap(true);
    m_trayNote->setText(
        trayAvailable
            ? tr("While Fibro Companion is open, a notification appears at that time unless "
                 "today's check-in is done.")
            : tr("Your desktop has no system tray, so Fibro Companion cannot show reminders "
                 "here. The setting is kept for when one is available."));
    reminderLayout->addWidget(m_trayNote);
    m_reminderTime->setAccessibleName(tr("Reminder time"));
    m_reminderTime->setAccessibleDescription(
        tr("The time of day of the reminder. Up and Down change the hour or minute under the "
           "cursor."));
    connect(m_reminder, &QCheckBox::toggled, m_reminderTime, &QWidget::setEnabled);
    // The questionnaires for the doctor are offered on Today when due, not as notifications.
    reminderLayout->addWidget(m_fiqrReminder);
    reminderLayout->addWidget(m_acrReminder);
    m_fiqrReminder->setAccessibleDescription(
        tr("The Revised Fibromyalgia Impact Questionnaire, 21 questions about the past week"));
    m_acrReminder->setAccessibleDescription(
        tr("The ACR 2016 Widespread Pain Index and Symptom Severity Scale"));

    // One label column across the groups, so the fields line up as if in one form.
    int labelWidth = 0;
    for (QFormLayout *form : {lookForm, reportForm})
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole))
                labelWidth = qMax(labelWidth, item->sizeHint().width());
    for (QFormLayout *form : {lookForm, reportForm})
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole))
                if (item->widget())
                    item->widget()->setMinimumWidth(labelWidth);
    lookForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    reportForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (const Result saved = save(); !saved)
            QMessageBox::warning(
                this, tr("Preferences not saved"),
                tr("%1\n\nThey apply until you quit Fibro Companion.").arg(saved.message()));
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // At large scaling the groups may not fit the screen: they scroll, and keep their size.
    auto *content = new QWidget;
    auto *groups = new QVBoxLayout(content);
    groups->setContentsMargins(0, 0, 0, 0);
    groups->addWidget(look);
    groups->addWidget(reports);
    groups->addWidget(checkIn);
    groups->addWidget(reminder);
    groups->addStretch();
    QScrollArea *scroll = scrollingContent(this, content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);

    load();
    sizeToContents(this);
}

void PreferencesDialog::load()
{
    m_theme->setCurrentIndex(m_theme->findData(int(m_settings->theme())));
    m_largeType->setChecked(m_settings->largeType());
    m_zoom->setValue(int(std::lround(m_settings->zoom() * 100)));
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(m_settings->paperSize())));
    m_patientName->setText(m_settings->patientName());
    m_baseline->setValue(m_settings->baselineDays());
    m_reminder->setChecked(m_settings->reminderEnabled());
    m_reminderTime->setTime(m_settings->reminderTime());
    m_reminderTime->setEnabled(m_reminder->isChecked());
    m_fiqrReminder->setChecked(m_settings->fiqrReminder());
    m_exertion->setChecked(m_settings->exertionInCheckIn());
    m_upright->setChecked(m_settings->uprightHoursInCheckIn());
    m_acrReminder->setChecked(m_settings->acr2016Reminder());
}

Result PreferencesDialog::save()
{
    m_settings->setTheme(Settings::Theme(m_theme->currentData().toInt()));
    m_settings->setLargeType(m_largeType->isChecked());
    m_settings->setZoom(m_zoom->value() / 100.0);
    m_settings->setPaperSize(m_paper->currentData().toString());
    m_settings->setPatientName(m_patientName->text().trimmed());
    m_settings->setBaselineDays(m_baseline->value());
    m_settings->setReminderEnabled(m_reminder->isChecked());
    m_settings->setReminderTime(m_reminderTime->time());
    m_settings->setFiqrReminder(m_fiqrReminder->isChecked());
    m_settings->setExertionInCheckIn(m_exertion->isChecked());
    m_settings->setUprightHoursInCheckIn(m_upright->isChecked());
    m_settings->setAcr2016Reminder(m_acrReminder->isChecked());
    return m_settings->sync();
}

} // namespace fc
