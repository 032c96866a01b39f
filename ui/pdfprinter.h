#pragma once

#include <QObject>
#include <QPageLayout>
#include <QStringList>
#include <QUrl>

class QWebEnginePage;

namespace fc {

class Settings;

class AppContext;

// Prints an HTML document made by the core to a PDF file through an offscreen page.
// printToPdf is asynchronous: finished() fires once the file is in place (or not).
class PdfPrinter : public QObject
{
    Q_OBJECT
public:
    explicit PdfPrinter(AppContext *context, QObject *parent = nullptr);
    ~PdfPrinter() override;

    // printToPdf's default layout has no margins; this one has real ones.
    static QPageLayout defaultLayout();
    // "Page %1 of %2" stamps numbers on every page; empty (the default) leaves them off.
    void setPageNumberFormat(const QString &format) { m_pageNumberFormat = format; }
    // "Name · Page %1 of %2" for documents about one person, so a loose page still says whose
    // it is; the name is left out when empty or not drawable by the stamp (Latin-1 only).
    static QString pageFooterFormat(const QString &patientName);
    // The default margins on the paper the user chose in Preferences (or their region's).
    static QPageLayout layoutFor(const Settings &settings);

    void print(const QString &html, const QString &filePath,
               const QPageLayout &layout = defaultLayout());
    // Prints the documents in turn, most detailed first, and keeps the first that takes at most
    // maxPages; when none does, the one with the fewest pages (the more detailed of a tie).
    void printFitting(const QStringList &documents, int maxPages, const QString &filePath,
                      const QPageLayout &layout = defaultLayout());

signals:
    void finished(bool ok, const QString &message);

private:
    void fail(const QString &message);
    void load(const QString &html);
    void printed(const QByteArray &pdf);
    void finish(QByteArray pdf);

    AppContext *m_context;
    QWebEnginePage *m_page = nullptr;
    QUrl m_url;
    QString m_filePath;
    QPageLayout m_layout;
    QString m_pageNumberFormat;
    QStringList m_documents; // still to print, in order
    int m_maxPages = 0;
    QByteArray m_best; // the shortest printed so far
    int m_bestPages = 0;
};

} // namespace fc
