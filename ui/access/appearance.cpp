#include "ui/access/appearance.h"

#include "core/apppalette.h"
#include "core/settings.h"
#include "ui/access/focusring.h"
#include "ui/access/focusringstyle.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QPalette>

Q_LOGGING_CATEGORY(lcAppearance, "fc.ui.appearance")

namespace fc {

namespace {

// Classes the platform theme may give fonts of their own (QApplicationPrivate's font hash);
// each is scaled too, or buttons and menus would keep their small type.
const char *const themedClasses[] = {"QMenu",          "QMenuBar",         "QMenuItem",
                                     "QMessageBox",    "QLabel",           "QTipLabel",
                                     "QStatusBar",     "QPushButton",      "QCheckBox",
                                     "QRadioButton",   "QToolButton",      "QAbstractItemView",
                                     "QListView",      "QHeaderView",      "QComboMenuItem",
                                     "QComboLineEdit", "QDockWidgetTitle", "QMdiSubWindowTitleBar",
                                     "QTabBar",        "QGroupBox"};

struct Initial
{
    QFont font;
    QList<std::pair<const char *, QFont>> classFonts;
    bool desktopIsDark = false;
};

// What the desktop gave the app before anything here changed it.
const Initial &initial()
{
    static const Initial values = [] {
        Initial i;
        i.font = QApplication::font();
        for (const char *name : themedClasses)
            i.classFonts.append({name, QApplication::font(name)});
        i.desktopIsDark = QApplication::palette().color(QPalette::Window).lightness() < 128;
        return i;
    }();
    return values;
}

QFont scaled(const QFont &font, double factor)
{
    QFont f = font;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else if (f.pixelSize() > 0)
        f.setPixelSize(qRound(f.pixelSize() * factor));
    return f;
}

bool s_dark = false;

} // namespace

void Appearance::apply(const Settings &settings)
{
    const Initial &desktop = initial();
    if (!qobject_cast<FocusRingStyle *>(QApplication::style())) {
        QApplication::setStyle(new FocusRingStyle);
        new FocusRing(qApp);
    }

    switch (settings.theme()) {
    case Settings::Theme::Light:
        s_dark = false;
        break;
    case Settings::Theme::Dark:
        s_dark = true;
        break;
    case Settings::Theme::System:
        s_dark = desktop.desktopIsDark;
        break;
    }
    QApplication::setPalette(apppalette::forTheme(s_dark));

    setTextScale(settings.largeType() ? largeTypeFactor : 1.0);

    // Nothing may depend on watching something move.
    for (Qt::UIEffect effect : {Qt::UI_AnimateMenu, Qt::UI_FadeMenu, Qt::UI_AnimateCombo,
                                Qt::UI_AnimateTooltip, Qt::UI_FadeTooltip, Qt::UI_AnimateToolBox})
        QApplication::setEffectEnabled(effect, false);
    qCDebug(lcAppearance) << "dark" << s_dark << "large type" << settings.largeType() << "font"
                          << QApplication::font().pointSizeF();
}

void Appearance::setTextScale(double factor)
{
    const Initial &desktop = initial();
    QApplication::setFont(scaled(desktop.font, factor));
    for (const auto &[name, font] : desktop.classFonts)
        QApplication::setFont(scaled(font, factor), name);
}

bool Appearance::isDark()
{
    return s_dark;
}

QFont Appearance::baseFont()
{
    return initial().font;
}

} // namespace fc
