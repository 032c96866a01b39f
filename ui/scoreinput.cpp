#include "ui/scoreinput.h"

#include "journal/entities.h"
#include "ui/access/scoreinputaccessible.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QStyleOptionSlider>
#include <QStylePainter>

namespace fc {

ScoreInput::ScoreInput(const Symptom &symptom, QWidget *parent)
    : QSlider(Qt::Horizontal, parent)
    , m_name(symptom.name)
    , m_low(symptom.lowLabel)
    , m_mid(symptom.midLabel)
    , m_high(symptom.highLabel)
{
    setRange(0, 10);
    setPageStep(1);
    setTickPosition(QSlider::TicksBelow);
    setTickInterval(1);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumWidth(220);
    installScoreInputAccessibility();
    setAccessibleName(m_name);
    connect(this, &QSlider::valueChanged, this, [this] {
        m_hasScore = true;
        updateAccessibleText();
        emit scoreChanged();
    });
    updateAccessibleText();
}

void ScoreInput::setScore(int score)
{
    score = qBound(0, score, 10);
    const bool changed = !m_hasScore || score != value();
    {
        const QSignalBlocker block(this);
        setValue(score);
    }
    m_hasScore = true;
    update(); // the handle appears even when the value itself did not move
    if (changed) {
        updateAccessibleText();
        emit scoreChanged();
    }
}

void ScoreInput::clearScore()
{
    const bool changed = m_hasScore;
    m_hasScore = false;
    {
        // Only QSlider's own valueChanged is held back: that one would mark the score as set.
        const QSignalBlocker block(this);
        setValue(0);
    }
    update();
    if (changed) {
        updateAccessibleText();
        emit scoreChanged();
    }
}

QString ScoreInput::valueText() const
{
    if (!m_hasScore)
        return tr("Not logged");
    const int v = value();
    QString meaning;
    if (v == 0)
        meaning = m_low;
    else if (v == 5)
        meaning = m_mid;
    else if (v == 10)
        meaning = m_high;
    return meaning.isEmpty() ? QString::number(v) : QStringLiteral("%1 (%2)").arg(v).arg(meaning);
}

QString ScoreInput::spokenValue() const
{
    if (!m_hasScore)
        return tr("Not logged");
    const int v = value();
    const QString meaning = v == 0 ? m_low : v == 5 ? m_mid : v == 10 ? m_high : QString();
    return meaning.isEmpty() ? tr("%1 of 10").arg(v) : tr("%1 of 10, %2").arg(v).arg(meaning);
}

void ScoreInput::updateAccessibleText()
{
    setAccessibleDescription(tr("%1: %2. 0 means %3, 10 means %4. Type 0 to 9, use the arrow "
                                "keys, or click the scale; Delete clears it.")
                                 .arg(m_name, spokenValue(), m_low, m_high));
    setToolTip(valueText());
    // The slider's own event carries 0 for an empty score; say what it really holds.
    QAccessibleValueChangeEvent event(this, m_hasScore ? QVariant(value()) : QVariant());
    QAccessible::updateAccessibility(&event);
}

void ScoreInput::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && !(event->modifiers() & ~Qt::KeypadModifier)) {
        setScore(key - Qt::Key_0);
        return;
    }
    if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
        clearScore();
        return;
    }
    if (!m_hasScore &&
        (key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Left || key == Qt::Key_Down)) {
        // The first arrow press on an empty score starts it at the midpoint, not at 0.
        setScore(5);
        return;
    }
    QSlider::keyPressEvent(event);
}

void ScoreInput::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        // Jump to the pressed point; the handle is then under the pointer, so the base class
        // starts a drag from there for anyone who prefers to slide.
        QStyleOptionSlider opt;
        initStyleOption(&opt);
        const QRect groove =
            style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, this);
        const QRect handle =
            style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
        const int span = groove.width() - handle.width();
        const int x = event->position().toPoint().x() - groove.x() - handle.width() / 2;
        setScore(QStyle::sliderValueFromPosition(minimum(), maximum(), x, span, opt.upsideDown));
    }
    QSlider::mousePressEvent(event);
    if (!m_hasScore)
        setScore(value());
}

} // namespace fc

namespace fc {

void ScoreInput::paintEvent(QPaintEvent *)
{
    // No handle until a score is set: a handle resting at 0 would read as a score of 0.
    QStylePainter painter(this);
    QStyleOptionSlider opt;
    initStyleOption(&opt);
    opt.subControls = QStyle::SC_SliderGroove | QStyle::SC_SliderTickmarks;
    if (m_hasScore)
        opt.subControls |= QStyle::SC_SliderHandle;
    painter.drawComplexControl(QStyle::CC_Slider, opt);
}

} // namespace fc
