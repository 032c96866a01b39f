#include "ui/insights/insightssection.h"

#include "core/appurl.h"
#include "core/displaydate.h"
#include "insights/journalseries.h"
#include "ui/appcontext.h"
#include "ui/insights/insightspage.h"
#include "ui/journal/journalrefresh.h"
#include "ui/mainwindow.h"
#include "ui/readersection.h"
#include "ui/readertheme.h"
#include "ui/web/ondemandview.h"
#include "ui/web/webprofile.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWebEngineView>

namespace fc {

namespace {

InsightsEngine::Options engineOptions(AppContext *context)
{
    InsightsEngine::Options o;
    o.baselineDays = context->settings().baselineDays();
    return o;
}

} // namespace

InsightsSection::InsightsSection(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_state.symptomKeys = window->context()->settings().insightsSeries();
    m_side = createSidePanel();
    // The page view, and with it the web engine, is made when the section is first shown.
    m_place = new OnDemandView([this](QWidget *parent) { return createView(parent); });
    window->addSection(QStringLiteral("insights"), tr("&Insights"), m_side, m_place);

    QPointer<InsightsSection> self(this);
    window->context()->content().addRoute(QStringLiteral("insights"), [self](const QString &name) {
        return self ? self->page(name) : WebReply::notFound();
    });

    auto *reload = new QAction(tr("Refresh insights"), m_place);
    reload->setShortcut(QKeySequence::Refresh);
    reload->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(reload, &QAction::triggered, this, &InsightsSection::refresh);
    m_place->addAction(reload);
    m_side->addAction(reload);
    // Built the first time the section is shown, and again after the journal changed.
    new JournalRefresh(
        window->context()->journal().changes(), m_place, [this] { refresh(); }, true);
    // A new theme or type size: the page, its charts and their labels follow at once.
    connect(window->reader()->theme(), &ReaderTheme::changed, this, [this] {
        if (m_view)
            refresh();
    });
}

QWidget *InsightsSection::createView(QWidget *parent)
{
    m_view = new QWebEngineView(parent);
    m_page = new InsightsPage(m_window->context()->webProfile()->profile(), m_view);
    m_view->setPage(m_page);
    m_view->setAccessibleName(tr("Insights"));
    m_view->setAccessibleDescription(
        tr("Charts and summaries of your journal. Tab moves through its links."));
    connect(m_page, &InsightsPage::articleRequested, m_window, &MainWindow::openArticle);
    return m_view;
}

QWebEngineView *InsightsSection::view()
{
    if (!m_view)
        m_place->widget();
    return m_view;
}

QWidget *InsightsSection::createSidePanel()
{
    auto *side = new QWidget;
    auto *layout = new QVBoxLayout(side);

    auto *symptomsLabel = new QLabel(tr("&Symptoms to chart"), side);
    m_symptoms = new QListWidget(side);
    m_symptoms->setAccessibleName(tr("Symptoms to chart"));
    m_symptoms->setAccessibleDescription(tr("Space ticks or unticks the symptom under focus."));
    symptomsLabel->setBuddy(m_symptoms);
    layout->addWidget(symptomsLabel);
    layout->addWidget(m_symptoms, 1);

    auto *form = new QFormLayout;
    m_range = new QComboBox(side);
    m_range->addItem(tr("Last 30 days"), int(ChartRange::Days30));
    m_range->addItem(tr("Last 90 days"), int(ChartRange::Days90));
    m_range->addItem(tr("Last year"), int(ChartRange::Year));
    m_range->addItem(tr("All"), int(ChartRange::All));
    m_range->addItem(tr("Custom dates"), int(ChartRange::Custom));
    const Settings &settings = m_window->context()->settings();
    m_range->setCurrentIndex(settings.insightsRange());
    // First visit with an imported journal whose last day is long past: all of it rather than
    // 90 empty days.
    const QDate last = m_window->context()->journal().lastCheckInDay();
    if (!settings.hasInsightsRange() && last.isValid() && last < QDate::currentDate().addDays(-89))
        m_range->setCurrentIndex(m_range->findData(int(ChartRange::All)));
    form->addRow(tr("&Range"), m_range);
    m_from = new QDateEdit(QDate::currentDate().addDays(-89), side);
    m_to = new QDateEdit(QDate::currentDate(), side);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(displayDateFormat());
        edit->setEnabled(m_range->currentData().toInt() == int(ChartRange::Custom));
    }
    m_from->setAccessibleDescription(tr("First day charted, for custom dates."));
    m_to->setAccessibleDescription(tr("Last day charted, for custom dates."));
    // Letters chosen so that no Alt+letter is shared with the menus or the section tabs.
    form->addRow(tr("Fro&m"), m_from);
    form->addRow(tr("&Up to"), m_to);

    m_corrX = new QComboBox(side);
    m_corrY = new QComboBox(side);
    m_lag = new QSpinBox(side);
    m_lag->setRange(0, 3);
    m_lag->setSuffix(tr(" day(s) later"));
    m_lag->setSpecialValueText(tr("same day"));
    form->addRow(tr("Relation: &compare"), m_corrX);
    form->addRow(tr("&with"), m_corrY);
    m_lag->setAccessibleDescription(
        tr("Compare a day with the same day or with up to three days later."));
    form->addRow(tr("La&g"), m_lag);
    layout->addLayout(form);

    auto *trialsLabel = new QLabel(tr("Treatment tri&als"), side);
    m_trials = new QListWidget(side);
    m_trials->setAccessibleName(tr("Treatment trials"));
    m_trials->setAccessibleDescription(tr("Enter on a trial compares before and during it."));
    trialsLabel->setBuddy(m_trials);
    layout->addWidget(trialsLabel);
    layout->addWidget(m_trials, 1);
    auto *overview = new QPushButton(tr("Show &overview"), side);
    layout->addWidget(overview);

    connect(m_symptoms, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            showOverview();
    });
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_range->currentData().toInt() == int(ChartRange::Custom);
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        showOverview();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_range->currentData().toInt() == int(ChartRange::Custom))
                showOverview();
        });
    for (QComboBox *box : {m_corrX, m_corrY})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                showOverview();
        });
    connect(m_lag, &QSpinBox::valueChanged, this, [this] { showOverview(); });
    connect(m_trials, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showTrial(item->data(Qt::UserRole).toLongLong()); });
    connect(overview, &QPushButton::clicked, this, [this] { showOverview(); });
    return side;
}

void InsightsSection::fillLists()
{
    AppContext *context = m_window->context();
    m_filling = true;
    QStringList checked = m_state.symptomKeys;
    QVector<QPair<QString, QString>> series;
    for (const Symptom &s : context->journal().symptoms())
        series.append({s.key, s.name});
    series.append({JournalSeries::hoursSleptKey(), tr("Hours slept")});
    if (checked.isEmpty()) {
        // First visit: the symptoms that hold data (up to three, in the check-in's order), not
        // Pain when Pain was never logged.
        const QHash<QString, int> counts = context->journal().scoreCounts();
        for (const auto &[key, name] : std::as_const(series))
            if (counts.value(key) > 0 && checked.size() < 3)
                checked << key;
        if (checked.isEmpty() && !series.isEmpty())
            checked << series.constFirst().first;
    }

    m_symptoms->clear();
    const QString x = m_corrX->currentData().toString();
    const QString y = m_corrY->currentData().toString();
    m_corrX->clear();
    m_corrY->clear();
    for (const auto &[key, name] : series) {
        auto *item = new QListWidgetItem(name, m_symptoms);
        item->setData(Qt::UserRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(key) ? Qt::Checked : Qt::Unchecked);
        m_corrX->addItem(name, key);
        m_corrY->addItem(name, key);
    }
    // Exertion and the wearables' values can be compared too (not charted with the scores:
    // their scales differ).
    for (const QString &measure : context->journal().measures().names()) {
        m_corrX->addItem(DayMeasures::label(measure), JournalSeries::measureKey(measure));
        m_corrY->addItem(DayMeasures::label(measure), JournalSeries::measureKey(measure));
    }
    m_corrX->setCurrentIndex(qMax(0, m_corrX->findData(x.isEmpty() ? m_state.correlationX : x)));
    m_corrY->setCurrentIndex(qMax(0, m_corrY->findData(y.isEmpty() ? m_state.correlationY : y)));

    m_trials->clear();
    const QVector<Trial> trials = context->journal().trials().trials();
    for (int i = int(trials.size()) - 1; i >= 0; --i) {
        const Trial &t = trials[i];
        const QString period =
            t.stop.isValid()
                ? tr("%1 – %2").arg(QLocale().toString(t.start, QLocale::ShortFormat),
                                    QLocale().toString(t.stop, QLocale::ShortFormat))
                : tr("since %1").arg(QLocale().toString(t.start, QLocale::ShortFormat));
        auto *item =
            new QListWidgetItem(QStringLiteral("%1\n%2").arg(t.treatmentName, period), m_trials);
        item->setData(Qt::UserRole, t.id);
        item->setToolTip(tr("Show what changed on %1").arg(t.treatmentName));
    }
    if (trials.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No trials yet"), m_trials);
        item->setFlags(Qt::NoItemFlags);
    }
    m_filling = false;
}

void InsightsSection::readControls()
{
    // Before the lists are first filled the remembered choice stands.
    if (m_symptoms->count() > 0) {
        m_state.symptomKeys.clear();
        for (int i = 0; i < m_symptoms->count(); ++i) {
            if (m_symptoms->item(i)->checkState() == Qt::Checked)
                m_state.symptomKeys << m_symptoms->item(i)->data(Qt::UserRole).toString();
        }
    }
    m_state.range = ChartRange(m_range->currentData().toInt());
    m_state.customFrom = m_from->date();
    m_state.customTo = m_to->date();
    if (m_corrX->currentIndex() >= 0)
        m_state.correlationX = m_corrX->currentData().toString();
    if (m_corrY->currentIndex() >= 0)
        m_state.correlationY = m_corrY->currentData().toString();
    m_state.lag = m_lag->value();
    Settings &settings = m_window->context()->settings();
    if (m_symptoms->count() > 0)
        settings.setInsightsSeries(m_state.symptomKeys);
    settings.setInsightsRange(m_range->currentIndex());
}

void InsightsSection::refresh()
{
    readControls();
    fillLists();
    const QUrl current = view()->url();
    AppUrl parsed;
    if (AppUrl::parse(current, &parsed) && parsed.name.startsWith(QLatin1String("trial-")))
        m_view->load(
            AppUrl::make(QStringLiteral("insights"),
                         parsed.name.section(u'.', 0, 0) + QStringLiteral(".%1").arg(++m_loads)));
    else
        showOverview();
}

void InsightsSection::showOverview()
{
    // Until the section is first shown there is no page to fill: showing it builds one.
    if (m_filling || (!m_view && !m_place->isVisible()))
        return;
    readControls();
    view()->load(
        AppUrl::make(QStringLiteral("insights"), QStringLiteral("overview.%1").arg(++m_loads)));
}

void InsightsSection::showTrial(qint64 trialId)
{
    view()->load(AppUrl::make(QStringLiteral("insights"),
                              QStringLiteral("trial-%1.%2").arg(trialId).arg(++m_loads)));
}

WebReply InsightsSection::page(const QString &name) const
{
    AppContext *context = m_window->context();
    const QString base = name.section(u'.', 0, 0);
    const InsightsEngine engine =
        InsightsEngine::load(context->journal(), &context->library(), engineOptions(context));
    if (base == u"overview")
        return WebReply::html(InsightsPages::overview(engine, m_state, context->content().style()));
    if (base.startsWith(QLatin1String("trial-"))) {
        bool ok = false;
        const qint64 id = base.mid(6).toLongLong(&ok);
        const QString html =
            ok ? InsightsPages::trialSummary(engine, id, context->content().style()) : QString();
        return html.isEmpty() ? WebReply::notFound() : WebReply::html(html);
    }
    return WebReply::notFound();
}

} // namespace fc
