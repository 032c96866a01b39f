#pragma once

#include <QSlider>

namespace fc {

struct Symptom;

// A 0-10 slider that also knows "not logged": it starts empty and only holds a score once the
// user sets one. Number keys set the value directly; Delete clears it; a click anywhere on the
// scale sets the score under the pointer (one click per symptom, not a walk with page steps).
// Assistive technology hears the symptom as the name and "7 of 10" as the value
// (ui/access/scoreinputaccessible.h).
class ScoreInput : public QSlider
{
    Q_OBJECT
public:
    explicit ScoreInput(const Symptom &symptom, QWidget *parent = nullptr);

    bool hasScore() const { return m_hasScore; }
    int score() const { return value(); }
    void setScore(int score);
    void clearScore();
    QString valueText() const;
    // "7 of 10", "10 of 10, worst imaginable", or "Not logged".
    QString spokenValue() const;
    QString symptomName() const { return m_name; }

signals:
    void scoreChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateAccessibleText();

    QString m_name;
    QString m_low;
    QString m_mid;
    QString m_high;
    bool m_hasScore = false;
};

} // namespace fc
