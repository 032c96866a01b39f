#pragma once

#include <QCheckBox>
#include <QSet>
#include <QVector>
#include <QWidget>

namespace fc {

// One WPI area of the body map: a check box drawn as the area's shape, so Tab reaches it, Space
// marks it and a screen reader hears "Left shoulder girdle, check box, checked".
class BodyAreaButton : public QCheckBox
{
    Q_OBJECT
public:
    BodyAreaButton(const QString &key, const QString &name, QWidget *parent);
    QString key() const { return m_key; }
    // Where the area sits in the map's own coordinates (bodymap::canvas()).
    QRectF canvasRect() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool hitButton(const QPoint &pos) const override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPainterPath path() const;

    QString m_key;
};

// The ACR 2016 body map: front and back figures with the 19 areas, drawn from the same shapes as
// the report's map. Arrow keys move between areas by where they are on the picture.
class BodyMapWidget : public QWidget
{
    Q_OBJECT
public:
    explicit BodyMapWidget(QWidget *parent = nullptr);

    QSet<QString> painfulAreas() const;
    void setPainfulAreas(const QSet<QString> &keys);
    const QVector<BodyAreaButton *> &areas() const { return m_areas; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTransform toWidget() const;
    void placeAreas();
    bool moveFocus(int dx, int dy);

    QVector<BodyAreaButton *> m_areas;
};

} // namespace fc
