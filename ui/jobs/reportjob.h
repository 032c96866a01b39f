#pragma once

#include "ui/jobs/jobresult.h"

#include <QDate>
#include <QObject>
#include <QPageLayout>

namespace fc {

class AppContext;

// Builds the visit report for a date range and prints it to a PDF file; used by the window
// and by --export-pdf FILE --report.
class ReportJob : public QObject
{
    Q_OBJECT
public:
    explicit ReportJob(AppContext *context, QObject *parent = nullptr);

    // Invalid dates: the last 90 days up to today.
    void start(const QString &filePath, QDate from, QDate to);

    // A4 or Letter from Settings::paperSize, or from the locale when that is empty.
    static QPageLayout pageLayout(AppContext *context);

signals:
    void finished(const JobResult &result);

private:
    AppContext *m_context;
};

} // namespace fc
