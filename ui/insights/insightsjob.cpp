#include "insights/insightsjob.h"

#include "appcontext.h"
#include "insights/insightsengine.h"
#include "insights/insightsjson.h"

#include <QDir>

namespace fc {

bool exportInsightsJson(AppContext &context, const QString &path, QString *message)
{
    if (!context.journal().isOpen()) {
        *message = QStringLiteral("The journal is not open, so there are no insights to write.");
        return false;
    }
    InsightsEngine::Options options;
    options.baselineDays = context.settings().baselineDays();
    const InsightsEngine engine =
        InsightsEngine::load(context.journal(), &context.library(), options);
    QString error;
    int count = 0;
    if (!writeInsightsJson(engine, path, &error, &count)) {
        *message =
            QStringLiteral("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error);
        return false;
    }
    *message =
        QStringLiteral("Wrote %1 %2 for %3 %4 to %5.")
            .arg(count)
            .arg(count == 1 ? QStringLiteral("result") : QStringLiteral("results"))
            .arg(engine.trials().size())
            .arg(engine.trials().size() == 1 ? QStringLiteral("trial") : QStringLiteral("trials"))
            .arg(QDir::toNativeSeparators(path));
    return true;
}

} // namespace fc
