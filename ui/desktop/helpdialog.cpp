#include "ui/desktop/helpdialog.h"

#include "ui/desktop/menushortcuts.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <utility>

namespace fc {

namespace {

const QString keysAnchor = QStringLiteral("keys");

QString step(const QString &title, const QString &text)
{
    return QStringLiteral("<li><p><b>%1</b><br>%2</p></li>")
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

QString HelpDialog::pageHtml(const QMenuBar *menuBar)
{
    QString html = QStringLiteral("<h2>%1</h2><ol>").arg(tr("Getting started").toHtmlEscaped());
    // Each step: what to do, then how.
    const std::pair<QString, QString> steps[] = {
        {tr("Check in once a day"),
         tr("Press Check in on the Today page (or Ctrl+N) and score each symptom from "
            "0 to 10; every row says what 0 and 10 mean. A minute is enough, and a day "
            "you miss does no harm. If you pace, Edit > Preferences adds the day's exertion "
            "and hours upright; Insights then shows what tended to follow 1-3 days later.")},
        {tr("Write down what you try"),
         tr("Journal > New trial records a treatment with its dose and the day you "
            "started. Log the days you took or missed it, and any side effects.")},
        {tr("See what helped"),
         tr("Insights compares your days before and on each treatment, allowing for bad "
            "days that come in runs. For a clearer answer, \"Test a treatment properly\" "
            "in the Journal plans periods on and off it in a random order.")},
        {tr("Take it to your doctor"),
         tr("File > Export visit report (Ctrl+Shift+R) makes a short PDF: your levels, "
            "what you tried and how it went, crash days, and the notes you tagged "
            "\"Questions for my doctor\".")},
        {tr("Read about treatments"),
         tr("The Library has articles about fibromyalgia and ME/CFS treatments to read "
            "offline; Ctrl+K searches them. You can add your own Markdown files.")},
        {tr("Bring your history"),
         tr("File > Import journal CSV reads a journal exported from this app, Flaredown, "
            "Bearable or Daylio. File > Import health data reads steps, heart rate, HRV and "
            "sleep from a Gadgetbridge or Apple Health export.")},
    };
    for (const auto &[title, text] : steps)
        html += step(title, text);
    html += QStringLiteral("</ol><p>%1</p>")
                .arg(tr("Your journal stays on this computer, in files only you can read. The app "
                        "shows your own data and quotes the articles; it does not give medical "
                        "advice.")
                         .toHtmlEscaped());

    html += QStringLiteral("<h2><a name=\"%1\"></a>%2</h2><table cellspacing=\"0\" "
                           "cellpadding=\"4\">")
                .arg(keysAnchor, tr("Keyboard shortcuts").toHtmlEscaped());
    for (const MenuShortcut &s : menuShortcuts(menuBar))
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(s.keys.toHtmlEscaped(), s.command.toHtmlEscaped());
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("Tab moves between controls; Alt with an underlined letter runs that "
                        "command. Ctrl+1, Ctrl+2 and on go to the sections in the order of their "
                        "tabs.")
                         .toHtmlEscaped());
    return html;
}

HelpDialog::HelpDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Getting started"));
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Getting started and keyboard shortcuts"));
    m_browser->setHtml(pageHtml(menuBar));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    // Sized in text so large type grows it, within the screen so the Close button stays on it.
    const int em = fontMetrics().averageCharWidth();
    QSize size(qMax(80 * em, 480), qMax(30 * fontMetrics().lineSpacing(), 400));
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.85);
    resize(size);
    m_browser->setFocus();
}

void HelpDialog::showPart(Part part)
{
    if (part == Part::KeyboardShortcuts) {
        setWindowTitle(tr("Keyboard shortcuts"));
        m_browser->scrollToAnchor(keysAnchor);
    } else {
        setWindowTitle(tr("Getting started"));
        m_browser->moveCursor(QTextCursor::Start);
        m_browser->ensureCursorVisible();
    }
}

} // namespace fc
