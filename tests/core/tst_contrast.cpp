#include "core/apppalette.h"
#include "core/contrast.h"
#include "testsuites.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace fc;

namespace {

QString readSource(const QString &relativePath)
{
    QFile file(QStringLiteral(FC_SOURCE_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

QString failures(const QString &what, const QMap<QString, QColor> &vars, const QStringList &texts,
                 const QStringList &backgrounds, double minimum)
{
    QStringList out;
    for (const QString &t : texts) {
        for (const QString &b : backgrounds) {
            if (!vars.contains(t) || !vars.contains(b)) {
                out << QStringLiteral("%1: --%2 or --%3 missing").arg(what, t, b);
                continue;
            }
            const double r = contrast::ratio(vars.value(t), vars.value(b));
            if (r < minimum)
                out << QStringLiteral("%1: %2 on %3 is %4:1, needs %5:1")
                           .arg(what, t, b)
                           .arg(r, 0, 'f', 2)
                           .arg(minimum);
        }
    }
    return out.join(u'\n');
}

} // namespace

class TstContrast : public QObject
{
    Q_OBJECT
private slots:
    void luminanceAndRatioMatchWcagReferenceValues()
    {
        QCOMPARE(contrast::relativeLuminance(Qt::white), 1.0);
        QCOMPARE(contrast::relativeLuminance(Qt::black), 0.0);
        QCOMPARE(contrast::ratio(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrast::ratio(Qt::white, Qt::black), 21.0);
        QCOMPARE(contrast::ratio(QColor(0x33, 0x66, 0x99), QColor(0x33, 0x66, 0x99)), 1.0);
        // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
        QVERIFY(qAbs(contrast::ratio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
        QVERIFY(qAbs(contrast::ratio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
        // Pure red on white: L = 0.2126, (1.05)/(0.2626) = 3.998.
        QVERIFY(qAbs(contrast::ratio(Qt::red, Qt::white) - 3.998) < 0.001);
    }

    void cssVariablesAreReadFromTheRightRule()
    {
        const QString css =
            QStringLiteral("/* --fg: #ff0000; in a comment */\n"
                           ":root { --fg: #111; --size: 19px; --bg:#fafafa }\n"
                           "html.theme-dark, html.other { --fg: #eeeeee; --bg: rgb(10, 20, 30); }\n"
                           "p { color: var(--fg); }\n");
        const auto light = contrast::cssColourVariables(css, QStringLiteral(":root"));
        QCOMPARE(light.size(), 2);
        QCOMPARE(light.value(QStringLiteral("fg")), QColor(0x11, 0x11, 0x11));
        QCOMPARE(light.value(QStringLiteral("bg")), QColor(0xfa, 0xfa, 0xfa));
        const auto dark = contrast::cssColourVariables(css, QStringLiteral("html.theme-dark"));
        QCOMPARE(dark.value(QStringLiteral("fg")), QColor(0xee, 0xee, 0xee));
        QVERIFY(!dark.contains(QStringLiteral("bg"))); // rgb() is not a colour QColor parses
        QVERIFY(contrast::cssColourVariables(css, QStringLiteral("html")).isEmpty());
        QVERIFY(contrast::cssColourVariables(QString(), QStringLiteral(":root")).isEmpty());
        QVERIFY(contrast::cssColourVariables(QStringLiteral(":root { --fg: #1"),
                                             QStringLiteral(":root"))
                    .isEmpty());
    }

    void articleStyleMeetsAaInBothThemes()
    {
        const QString css = readSource(QStringLiteral("resources/web/article.css"));
        const auto light = contrast::cssColourVariables(css, QStringLiteral(":root"));
        auto dark = light;
        const auto darkOverrides =
            contrast::cssColourVariables(css, QStringLiteral("html.theme-dark"));
        QVERIFY(!darkOverrides.isEmpty());
        for (auto it = darkOverrides.begin(); it != darkOverrides.end(); ++it)
            dark.insert(it.key(), it.value());
        // Any text colour may end up on any of the page's backgrounds.
        const QStringList texts{QStringLiteral("fg"), QStringLiteral("muted"),
                                QStringLiteral("accent"), QStringLiteral("link")};
        const QStringList backgrounds{QStringLiteral("bg"), QStringLiteral("accent-bg"),
                                      QStringLiteral("note-bg")};
        for (const auto &[name, vars] :
             {std::pair{QStringLiteral("light"), light}, std::pair{QStringLiteral("dark"), dark}}) {
            const QString text = failures(name, vars, texts, backgrounds, contrast::minimumText);
            QVERIFY2(text.isEmpty(), qPrintable(text));
            // The focus outline on links is drawn in the accent colour: 3:1 for UI components.
            const QString focus = failures(name, vars, {QStringLiteral("accent")}, backgrounds,
                                           contrast::minimumLargeTextOrUi);
            QVERIFY2(focus.isEmpty(), qPrintable(focus));
        }
        // Search hits and selections are dark text on yellow in both themes.
        QVERIFY(css.contains(QLatin1String("background: #ffe08a; color: #111;")));
        QVERIFY(contrast::ratio(QColor(0x11, 0x11, 0x11), QColor(0xff, 0xe0, 0x8a)) >= 4.5);
    }

    void printStyleTextMeetsAaOnEveryBackground()
    {
        const QString css = readSource(QStringLiteral("resources/web/print.css"));
        QList<QColor> texts;
        QList<QColor> backgrounds{Qt::white};
        static const QRegularExpression decl(
            QStringLiteral("(^|[;{\\s])(color|background)\\s*:\\s*(#[0-9a-fA-F]{3,6})"));
        for (auto it = decl.globalMatch(css); it.hasNext();) {
            const auto m = it.next();
            (m.captured(2) == u"color" ? texts : backgrounds) << QColor::fromString(m.captured(3));
        }
        QVERIFY(texts.size() >= 3);
        QVERIFY(backgrounds.size() >= 3);
        for (const QColor &t : std::as_const(texts))
            for (const QColor &b : std::as_const(backgrounds))
                QVERIFY2(contrast::ratio(t, b) >= contrast::minimumText,
                         qPrintable(t.name() + QStringLiteral(" on ") + b.name()));
    }

    void appPalettesMeetAa_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void appPalettesMeetAa()
    {
        QFETCH(bool, dark);
        const QPalette p = apppalette::forTheme(dark);
        using R = QPalette::ColorRole;
        const QList<std::pair<R, R>> textPairs{{R::WindowText, R::Window},
                                               {R::Text, R::Base},
                                               {R::Text, R::AlternateBase},
                                               {R::ButtonText, R::Button},
                                               {R::WindowText, R::Button},
                                               {R::HighlightedText, R::Highlight},
                                               {R::PlaceholderText, R::Base},
                                               {R::PlaceholderText, R::Window},
                                               {R::Link, R::Base},
                                               {R::Link, R::Window},
                                               {R::LinkVisited, R::Base},
                                               {R::LinkVisited, R::Window},
                                               {R::ToolTipText, R::ToolTipBase}};
        for (const auto &[fg, bg] : textPairs) {
            const double r =
                contrast::ratio(p.color(QPalette::Active, fg), p.color(QPalette::Active, bg));
            QVERIFY2(r >= contrast::minimumText,
                     qPrintable(QStringLiteral("roles %1 on %2: %3:1").arg(fg).arg(bg).arg(r)));
        }
        // Focus ring and selection (Highlight) and control boundaries (Dark) against what they
        // sit on: 3:1 for UI components.
        const QList<std::pair<R, R>> uiPairs{{R::Highlight, R::Window}, {R::Highlight, R::Base},
                                             {R::Highlight, R::Button}, {R::Dark, R::Window},
                                             {R::Dark, R::Base},        {R::Dark, R::Button}};
        for (const auto &[fg, bg] : uiPairs) {
            const double r =
                contrast::ratio(p.color(QPalette::Active, fg), p.color(QPalette::Active, bg));
            QVERIFY2(r >= contrast::minimumLargeTextOrUi,
                     qPrintable(QStringLiteral("roles %1 on %2: %3:1").arg(fg).arg(bg).arg(r)));
        }
        // The two themes really differ in lightness.
        QCOMPARE(p.color(QPalette::Window).lightness() < 128, dark);
    }

    void articleStyleHasNoMotion()
    {
        // Nothing on the page may need movement to be understood; the one scroll effect there
        // is is switched off for people who ask for reduced motion.
        const QString css = readSource(QStringLiteral("resources/web/article.css"));
        QVERIFY(!css.contains(QLatin1String("animation")));
        QVERIFY(!css.contains(QRegularExpression(QStringLiteral("transition\\s*:(?!\\s*none)"))));
        QVERIFY(css.contains(QLatin1String("@media (prefers-reduced-motion: reduce)")));
    }
};

FC_CORE_TEST_MAIN(TstContrast)
#include "tst_contrast.moc"
