#include "ui/questionnaires/fiqrdialog.h"

#include "insights/questionnairescores.h"
#include "journal/entities.h"
#include "journal/journalstore.h"
#include "ui/scoreinput.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fc {

namespace {

QString scoreText(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'f', 1) : QStringLiteral("–");
}

} // namespace

FiqrDialog::FiqrDialog(JournalStore *store, const QDate &day, QWidget *parent)
    : QuestionnaireDialog(store, tr("Fibromyalgia impact (FIQR)"), fiqr::citation(), parent)
    , m_result(new QLabel(this))
{
    auto *intro = new QLabel(tr("About the past 7 days. A number key sets an answer (End for "
                                "10), Tab goes to the next; an item can be left empty."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QWidget(this);
    auto *grid = new QGridLayout(form);
    int row = 0;
    std::optional<fiqr::Domain> domain;
    for (const fiqr::Item &item : fiqr::items()) {
        if (domain != item.domain) {
            domain = item.domain;
            auto *heading =
                new QLabel(QStringLiteral("<b>%1</b><br>%2")
                               .arg(fiqr::domainName(item.domain).toHtmlEscaped(),
                                    fiqr::domainInstructions(item.domain).toHtmlEscaped()),
                           form);
            heading->setWordWrap(true);
            grid->addWidget(heading, row++, 0, 1, 2);
        }
        Symptom asked;
        asked.name = fiqr::itemText(item);
        asked.lowLabel = fiqr::lowAnchor(item);
        asked.highLabel = fiqr::highAnchor(item);
        auto *input = new ScoreInput(asked, form);
        auto *label = new QLabel(QStringLiteral("%1. %2").arg(item.number).arg(asked.name), form);
        label->setWordWrap(true);
        label->setBuddy(input);
        auto *anchors =
            new QLabel(QStringLiteral("0 %1 · 10 %2").arg(asked.lowLabel, asked.highLabel), form);
        anchors->setEnabled(false);
        anchors->setWordWrap(true); // at 200% the two ends do not fit one line
        auto *labels = new QVBoxLayout;
        labels->setSpacing(0);
        labels->addWidget(label);
        labels->addWidget(anchors);
        auto *value = new QLabel(QStringLiteral("–"), form);
        value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("10")) * 2);
        value->setAccessibleName(tr("Answer"));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addLayout(labels, row, 0);
        grid->addWidget(input, row, 1);
        grid->addWidget(value, row++, 2);
        connect(input, &ScoreInput::scoreChanged, this, &FiqrDialog::updateResult);
        connect(input, &ScoreInput::scoreChanged, value, [input, value] {
            value->setText(input->hasScore() ? QString::number(input->score())
                                             : QStringLiteral("–"));
        });
        m_inputs << input;
    }
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    // Most of the form in view at once (a few rows would hide how far there is to go), on any
    // screen and at any text size.
    const QSize room = screen()->availableGeometry().size();
    const int em = fontMetrics().height();
    scroll->setMinimumSize(std::min(em * 40, room.width() * 3 / 4),
                           std::min(form->sizeHint().height(), room.height() / 2));
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Scores"));
    // A dialog's layout does not grow for a wrapped label's height: room for three lines.
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 3);
    body()->addWidget(intro);
    body()->addWidget(scroll, 1);
    body()->addWidget(m_result);
    finishLayout(day);
    m_inputs.constFirst()->setFocus();
}

FiqrAnswers FiqrDialog::answers() const
{
    FiqrAnswers a;
    a.day = day();
    for (int i = 0; i < m_inputs.size(); ++i)
        if (m_inputs[i]->hasScore())
            a.items.at(size_t(i)) = m_inputs[i]->score();
    return a;
}

void FiqrDialog::setAnswers(const FiqrAnswers &a)
{
    for (int i = 0; i < m_inputs.size(); ++i) {
        const auto &v = a.items.at(size_t(i));
        if (v)
            m_inputs[i]->setScore(int(std::lround(*v)));
        else
            m_inputs[i]->clearScore();
    }
    updateResult();
}

bool FiqrDialog::hasStoredAnswers(const QDate &day) const
{
    const QVector<FiqrAnswers> all = store()->questionnaires().fiqrAnswers();
    return std::any_of(all.cbegin(), all.cend(),
                       [&](const FiqrAnswers &a) { return a.day == day; });
}

bool FiqrDialog::load(const QDate &day)
{
    FiqrAnswers start;
    start.day = day;
    bool found = false;
    for (const FiqrAnswers &a : store()->questionnaires().fiqrAnswers())
        if (a.day == day) {
            start = a;
            found = true;
        }
    setAnswers(start);
    m_baseline = answers();
    return found;
}

bool FiqrDialog::hasChanges() const
{
    return answers().items != m_baseline.items;
}

Result FiqrDialog::save()
{
    const FiqrAnswers a = answers();
    if (a.isEmpty())
        return fail(tr("no item is answered yet."));
    return store()->questionnaires().saveFiqr(a);
}

void FiqrDialog::updateResult()
{
    const FiqrScore s = scoreFiqr(answers());
    QString text = tr("Function %1 of 30 · overall impact %2 of 20 · symptoms %3 of 50 · "
                      "total %4 of 100.")
                       .arg(scoreText(s.function), scoreText(s.overall), scoreText(s.symptoms),
                            scoreText(s.total));
    if (s.answered > 0 && !s.total)
        text += QLatin1Char(' ') +
                tr("A domain is scored when at least half of its items are answered.");
    else if (s.missing > 0 && s.total)
        text += QLatin1Char(' ') + tr("%n item(s) left empty: each domain's score is scaled up "
                                      "from the items answered, as the FIQR's authors advise.",
                                      "", s.missing);
    m_result->setText(text);
}

} // namespace fc
