#pragma once

#include <QObject>

namespace fc {

class MainWindow;

// File menu commands for journal CSV import/export and the visit report.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    explicit ExportActions(MainWindow *window);

public slots:
    void importCsv();
    void importHealth();
    void exportCsv();
    void exportVisitReport();

private:
    QString documentsPath(const QString &fileName) const;

    MainWindow *m_window;
};

} // namespace fc
