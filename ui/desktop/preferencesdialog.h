#pragma once

#include "core/result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace fc {

class Settings;

// Edit > Preferences: the settings a user may want to change on purpose. Layout state (window
// size, splitter, last article) is remembered silently and is not here. Nothing is written
// until OK, so Cancel leaves every setting as it was.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(Settings *settings, bool trayAvailable, QWidget *parent = nullptr);

    // Writes the dialog's values to the settings; false with *error when the file is not
    // writable (the values still apply to this session).
    Result save();

    QComboBox *themeBox() const { return m_theme; }
    QCheckBox *largeTypeBox() const { return m_largeType; }
    QSpinBox *zoomBox() const { return m_zoom; }
    QComboBox *paperBox() const { return m_paper; }
    QLineEdit *patientNameEdit() const { return m_patientName; }
    QSpinBox *baselineBox() const { return m_baseline; }
    QCheckBox *reminderBox() const { return m_reminder; }
    QTimeEdit *reminderTimeEdit() const { return m_reminderTime; }
    QCheckBox *fiqrReminderBox() const { return m_fiqrReminder; }
    QCheckBox *exertionBox() const { return m_exertion; }
    QCheckBox *uprightBox() const { return m_upright; }
    QCheckBox *acr2016ReminderBox() const { return m_acrReminder; }
    QLabel *trayNote() const { return m_trayNote; }

private:
    void load();

    Settings *m_settings;
    QComboBox *m_theme;
    QCheckBox *m_largeType;
    QSpinBox *m_zoom;
    QComboBox *m_paper;
    QLineEdit *m_patientName;
    QSpinBox *m_baseline;
    QCheckBox *m_exertion;
    QCheckBox *m_upright;
    QCheckBox *m_reminder;
    QTimeEdit *m_reminderTime;
    QCheckBox *m_fiqrReminder;
    QCheckBox *m_acrReminder;
    QLabel *m_trayNote;
};

} // namespace fc
