#include "generatedarticles.h"

#include <QDir>
#include <QFile>
#include <QtTest>

namespace fc::test {

QString generatedMarker(int n)
{
    return QStringLiteral("zqmark%1").arg(n);
}

bool writeGeneratedArticles(const QString &dir, int count)
{
    if (!QDir().mkpath(dir)) {
        qWarning("cannot create %s", qPrintable(dir));
        return false;
    }
    for (int n = 0; n < count; ++n) {
        const QString id = QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
        QFile file(QStringLiteral("%1/generated-%2.md").arg(dir, id));
        const QString text =
            QStringLiteral("---\ntitle: \"Generated article %1\"\nslug: generated-%1\n"
                           "summary: \"Article %1 of a generated library.\"\n"
                           "topics: [pain, sleep]\ntreatments: [magnesium-l-threonate]\n"
                           "study:\n  participants: %2\n  results:\n    - measure: \"Pain\"\n"
                           "      p: 0.05\n---\n\n## Background\n\nPacing notes and %3 in "
                           "one line.\n\n- rest\n- walk\n")
                .arg(id)
                .arg(n + 10)
                .arg(generatedMarker(n));
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
            qWarning("cannot write %s", qPrintable(file.fileName()));
            return false;
        }
    }
    return true;
}

} // namespace fc::test
