#include "scoreinput.h"

#include "journal/entities.h"

#include <QKeyEvent>

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
    if (changed) {
        updateAccessibleText();
        emit scoreChanged();
    }
}

void ScoreInput::clearScore()
{
    m_hasScore = false;
    const QSignalBlocker block(this);
    setValue(0);
    updateAccessibleText();
    emit scoreChanged();
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

void ScoreInput::updateAccessibleText()
{
    setAccessibleDescription(tr("%1 from 0 (%2) to 10 (%3): %4. Type 0-9, or use the arrow keys; "
                                "Delete clears it.")
                                 .arg(m_name, m_low, m_high, valueText()));
    setToolTip(valueText());
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
    QSlider::mousePressEvent(event);
    if (!m_hasScore)
        setScore(value());
}

} // namespace fc
