#pragma once

#include <QDialog>
#include <QStringList>
#include <QVector>

class QLabel;

namespace fc {

struct Article;

// Help > About: what the app is, its version and licence, and where the bundled articles come
// from, taken from the articles' own `source` notes so the credit stays true as articles change.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const QVector<Article> &articles, QWidget *parent = nullptr);

    // The distinct source notes of the bundled articles, most used first.
    static QStringList articleSources(const QVector<Article> &articles);

    QLabel *textLabel() const { return m_text; }

private:
    QLabel *m_text;
};

} // namespace fc
