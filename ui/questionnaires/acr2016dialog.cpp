#include "ui/questionnaires/acr2016dialog.h"

#include "core/displaydate.h"
#include "insights/questionnairescores.h"
#include "journal/journalstore.h"
#include "ui/questionnaires/bodymapwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace fc {

Acr2016Dialog::Acr2016Dialog(JournalStore *store, const QDate &day, QWidget *parent)
    : QuestionnaireDialog(store, tr("Body map and symptom severity (ACR 2016)"),
                          acr2016::citation() + QLatin1Char(' ') +
                              tr("Shown as information for your doctor, not as a diagnosis."),
                          parent)
    , m_map(nullptr)
    , m_areas(nullptr)
    , m_remembered(nullptr)
    , m_lasted(nullptr)
    , m_result(nullptr)
{
    // Everything in one scrolling page: at large type on a small screen the map and the
    // questions stack instead of running off the screen.
    auto *page = new QWidget(this);
    m_map = new BodyMapWidget(page);
    m_areas = new QLabel(page);
    m_remembered = new QLabel(page);
    auto *mapIntro = new QLabel(tr("Mark each area where you have had pain or tenderness over "
                                   "the past week."),
                                page);
    mapIntro->setWordWrap(true);
    m_remembered->setWordWrap(true);
    m_remembered->setVisible(false);
    m_areas->setWordWrap(true);
    auto *mapColumn = new QVBoxLayout;
    mapColumn->addWidget(mapIntro);
    mapColumn->addWidget(m_remembered);
    mapColumn->addWidget(m_map, 1);
    mapColumn->addWidget(m_areas);

    auto *severity = new QGroupBox(tr("Over the past week, how much of a problem was…"), page);
    auto *severityForm = new QFormLayout(severity);
    severityForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (int i = 0; i < 3; ++i) {
        auto *box = new QComboBox(page);
        box->addItem(tr("Choose…"));
        for (int v = 0; v <= 3; ++v)
            box->addItem(QStringLiteral("%1 – %2").arg(v).arg(acr2016::severityWord(v)), v);
        box->setAccessibleName(acr2016::sssItemText(i));
        box->setAccessibleDescription(tr("0 to 3, as explained below the three questions"));
        m_severity.at(size_t(i)) = box;
        severityForm->addRow(QStringLiteral("&%1").arg(acr2016::sssItemText(i)), box);
        connect(box, &QComboBox::currentIndexChanged, this, &Acr2016Dialog::updateResult);
    }
    QStringList anchors;
    for (int v = 0; v <= 3; ++v)
        anchors << QStringLiteral("%1 %2").arg(v).arg(acr2016::severityAnchor(v));
    auto *legend = new QLabel(anchors.join(QLatin1Char('\n')), page);
    legend->setWordWrap(true);
    severityForm->addRow(legend);
    auto *somatic = new QGroupBox(tr("During the past 6 months, have you had…"), page);
    auto *somaticLayout = new QVBoxLayout(somatic);
    for (int i = 0; i < 3; ++i) {
        auto *box = new QCheckBox(acr2016::sssItemText(3 + i), page);
        m_somatic.at(size_t(i)) = box;
        somaticLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &Acr2016Dialog::updateResult);
    }
    // The question wraps in a label (a group box title would not), so the page can narrow.
    auto *duration = new QGroupBox(tr("How long?"), page);
    auto *durationLayout = new QVBoxLayout(duration);
    const QString question =
        tr("Have these symptoms been present at a similar level for at least 3 months?");
    auto *durationQuestion = new QLabel(question, page);
    durationQuestion->setWordWrap(true);
    m_lasted = new QCheckBox(tr("Yes, for &3 months or more"), page);
    m_lasted->setAccessibleDescription(question);
    durationLayout->addWidget(durationQuestion);
    durationLayout->addWidget(m_lasted);
    m_result = new QLabel(page);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setAccessibleName(tr("Scores"));
    auto *answers = new QVBoxLayout;
    answers->addWidget(severity);
    answers->addWidget(somatic);
    answers->addWidget(duration);
    answers->addWidget(m_result);
    answers->addStretch(1);

    const QSize room = screen()->availableGeometry().size();
    const int em = fontMetrics().height();
    const bool sideBySide = room.width() >= em * 52;
    auto *columns =
        new QBoxLayout(sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom, page);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addLayout(mapColumn, 3);
    columns->addLayout(answers, 2);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    // The whole page in view when the screen has room (wrapped text counted at that width).
    // Never narrower than the map and its labels need: the page scrolls down, never sideways.
    const int width =
        std::max(page->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width(),
                 std::min(page->sizeHint().width(), room.width() * 4 / 5));
    const int height =
        page->hasHeightForWidth() ? page->heightForWidth(width) : page->sizeHint().height();
    scroll->setMinimumSize(width, std::min(height, room.height() * 3 / 4));
    body()->addWidget(scroll);
    connect(m_map, &BodyMapWidget::changed, this, &Acr2016Dialog::updateResult);
    connect(m_lasted, &QCheckBox::toggled, this, &Acr2016Dialog::updateResult);
    finishLayout(day);
    if (!m_map->areas().isEmpty())
        m_map->areas().constFirst()->setFocus();
}

Acr2016Answers Acr2016Dialog::answers() const
{
    Acr2016Answers a;
    a.day = day();
    a.painfulAreas = m_map->painfulAreas();
    for (int i = 0; i < 3; ++i) {
        const QVariant v = m_severity.at(size_t(i))->currentData();
        if (v.isValid())
            a.sss.at(size_t(i)) = v.toInt();
        a.sss.at(3 + size_t(i)) = m_somatic.at(size_t(i))->isChecked() ? 1 : 0;
    }
    a.lastedThreeMonths = m_lasted->isChecked();
    return a;
}

void Acr2016Dialog::setAnswers(const Acr2016Answers &a)
{
    m_map->setPainfulAreas(a.painfulAreas);
    for (int i = 0; i < 3; ++i) {
        const auto &v = a.sss.at(size_t(i));
        m_severity.at(size_t(i))->setCurrentIndex(v ? *v + 1 : 0);
        m_somatic.at(size_t(i))->setChecked(a.sss.at(3 + size_t(i)).value_or(0) == 1);
    }
    m_lasted->setChecked(a.lastedThreeMonths.value_or(false));
    updateResult();
}

bool Acr2016Dialog::hasStoredAnswers(const QDate &day) const
{
    const QVector<Acr2016Answers> all = store()->questionnaires().acr2016Answers();
    return std::any_of(all.cbegin(), all.cend(),
                       [&](const Acr2016Answers &a) { return a.day == day; });
}

bool Acr2016Dialog::load(const QDate &day)
{
    const QVector<Acr2016Answers> all = store()->questionnaires().acr2016Answers();
    const Acr2016Answers *stored = nullptr;
    const Acr2016Answers *earlier = nullptr;
    for (const Acr2016Answers &a : all) {
        if (a.day == day)
            stored = &a;
        else if (a.day < day)
            earlier = &a;
    }
    Acr2016Answers start;
    start.day = day;
    if (stored) {
        start = *stored;
        m_remembered->setVisible(false);
    } else if (earlier) {
        // A month later most areas are the same: start from them, ask only what changed.
        start.painfulAreas = earlier->painfulAreas;
        m_remembered->setText(tr("The areas you marked on %1 are marked again; change what is "
                                 "different now.")
                                  .arg(displayDate(earlier->day)));
        m_remembered->setVisible(true);
    } else {
        m_remembered->setVisible(false);
    }
    setAnswers(start);
    m_baseline = answers();
    return stored != nullptr;
}

bool Acr2016Dialog::hasChanges() const
{
    Acr2016Answers now = answers();
    now.day = m_baseline.day;
    return !(now == m_baseline);
}

Result Acr2016Dialog::save()
{
    const Acr2016Answers a = answers();
    for (int i = 0; i < 3; ++i)
        if (!a.sss.at(size_t(i))) {
            m_severity.at(size_t(i))->setFocus();
            return fail(tr("choose an answer for “%1”.").arg(acr2016::sssItemText(i)));
        }
    return store()->questionnaires().saveAcr2016(a);
}

void Acr2016Dialog::updateResult()
{
    const Acr2016Answers a = answers();
    const Acr2016Score s = scoreAcr2016(a);
    QStringList names;
    for (const acr2016::Area &area : acr2016::areas())
        if (a.painfulAreas.contains(QLatin1String(area.key)))
            names << acr2016::areaName(area);
    m_areas->setText(names.isEmpty() ? tr("No area marked.")
                                     : tr("Marked: %1 (%2 of 19 areas).")
                                           .arg(names.join(QStringLiteral(", ")))
                                           .arg(names.size()));
    QString text = tr("<b>Widespread Pain Index: %1</b> of 19, pain in %2 of 5 regions.")
                       .arg(s.wpi)
                       .arg(s.regionsWithPain);
    if (s.sss) {
        text += QStringLiteral("<br>") + tr("<b>Symptom Severity Scale: %1</b> of 12; "
                                            "<b>fibromyalgia severity (FS): %2</b> of 31.")
                                             .arg(*s.sss)
                                             .arg(*s.fs);
        const QString criteria =
            s.met && *s.met
                ? tr("These answers meet the 2016 criteria's thresholds for widespread pain, "
                     "severity and duration.")
                : tr("These answers do not meet all of the 2016 criteria's thresholds "
                     "(WPI ≥ 7 and SSS ≥ 5, or WPI 4–6 and SSS ≥ 9; pain in at least 4 of 5 "
                     "regions; at least 3 months).");
        text += QStringLiteral("<br>") + criteria;
    } else {
        text += QStringLiteral("<br>") + tr("Answer the three questions above for the Symptom "
                                            "Severity Scale.");
    }
    m_result->setText(text);
}

} // namespace fc
