#pragma once

#include "insights/insightspages.h"

#include <QObject>

class QComboBox;
class QDateEdit;
class QListWidget;
class QSpinBox;
class QWebEngineView;
class QWidget;

namespace fc {

class InsightsPage;
class MainWindow;
class OnDemandView;
struct WebReply;

// The Insights section: symptoms, range, relation and trials on the left; the charts and
// results, built by the core as fibro://app/insights/... pages, on the right.
class InsightsSection : public QObject
{
    Q_OBJECT
public:
    explicit InsightsSection(MainWindow *window);

    // The page view, made (and the web engine started) on first use.
    QWebEngineView *view();
    bool hasView() const { return m_view != nullptr; }
    QListWidget *symptomList() const { return m_symptoms; }
    QListWidget *trialList() const { return m_trials; }
    QComboBox *rangeBox() const { return m_range; }
    const InsightsViewState &state() const { return m_state; }

    // Re-reads the journal (symptoms, trials) and reloads the page.
    void refresh();
    void showTrial(qint64 trialId);

private:
    QWidget *createSidePanel();
    QWidget *createView(QWidget *parent);
    void fillLists();
    void readControls();
    void showOverview();
    WebReply page(const QString &name) const;

    MainWindow *m_window;
    QWidget *m_side = nullptr;
    OnDemandView *m_place = nullptr;
    QWebEngineView *m_view = nullptr;
    InsightsPage *m_page = nullptr;
    QListWidget *m_symptoms = nullptr;
    QComboBox *m_range = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_corrX = nullptr;
    QComboBox *m_corrY = nullptr;
    QSpinBox *m_lag = nullptr;
    QListWidget *m_trials = nullptr;
    InsightsViewState m_state;
    quint64 m_loads = 0;
    bool m_filling = false;
};

} // namespace fc
