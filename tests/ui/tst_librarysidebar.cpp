#include "articles/articlelibrary.h"
#include "ui/librarysidebar.h"
#include "uitestmain.h"

#include <QAccessible>
#include <QSignalSpy>
#include <QStyle>
#include <QTreeWidgetItemIterator>

using namespace fc;

namespace {

constexpr int SlugRole = Qt::UserRole + 1;

const char *const topicIds[] = {"medications", "supplements",  "movement", "cannabis",
                                "pain",        "sleep",        "fatigue",  "brain-fog",
                                "mood",        "fibromyalgia", "me-cfs"};

// The bundled articles and `count` imported ones, two topics each, so every topic lists about
// 2 * count / 11 of them. Articles 5, 205 and 405 have the rare word "zebrafinch" in the title;
// two in three have "pacing" in the summary.
void addImported(ArticleLibrary *library, int count)
{
    FC_VERIFY_OK(library->loadBundled());
    for (int n = 0; n < count; ++n) {
        Article a;
        a.slug = QStringLiteral("imported-%1").arg(n);
        a.title = QStringLiteral("Notes %1%2")
                      .arg(n)
                      .arg(n % 200 == 5 ? QLatin1String(" on zebrafinch") : QLatin1String());
        a.summary = n % 3 == 0 ? QStringLiteral("About rest.") : QStringLiteral("About pacing.");
        a.topics = QStringList{QLatin1String(topicIds[n % 11]),
                               QLatin1String(topicIds[(n / 11 + n + 1) % 11])};
        a.origin = Article::Origin::Imported;
        FC_VERIFY_OK(library->add(a));
    }
}

QTreeWidgetItem *topLevelNamed(const QTreeWidget &tree, const QString &prefix)
{
    for (int i = 0; i < tree.topLevelItemCount(); ++i)
        if (tree.topLevelItem(i)->text(0).startsWith(prefix))
            return tree.topLevelItem(i);
    return nullptr;
}

QTreeWidgetItem *topicNamed(const QTreeWidget &tree, const QString &prefix)
{
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(&tree)); *it; ++it)
        if ((*it)->parent() && (*it)->text(0).startsWith(prefix + QStringLiteral(" (")))
            return *it;
    return nullptr;
}

QTreeWidgetItem *rowOf(const QTreeWidgetItem *list, const QString &slug)
{
    for (int i = 0; i < list->childCount(); ++i)
        if (list->child(i)->data(0, SlugRole).toString() == slug)
            return list->child(i);
    return nullptr;
}

QList<QTreeWidgetItem *> articleRows(const QTreeWidget &tree)
{
    QList<QTreeWidgetItem *> rows;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(&tree)); *it; ++it)
        if (!(*it)->data(0, SlugRole).toString().isEmpty())
            rows << *it;
    return rows;
}

// The articles whose title, summary or a topic's name contains text, as the filter promises.
QSet<QString> expectedMatches(const ArticleLibrary &library, const QString &text)
{
    QSet<QString> slugs;
    for (const Article &a : library.articles()) {
        QStringList fields{a.title, a.summary};
        for (const QString &topic : a.topics)
            fields << library.taxonomy().titleOf(topic);
        if (fields.join(u'\n').contains(text, Qt::CaseInsensitive))
            slugs.insert(a.slug);
    }
    return slugs;
}

} // namespace

class TstLibrarySidebar : public QObject
{
    Q_OBJECT
private slots:
    void bundledLibraryOpensTheCurrentArticlesTopic()
    {
        ArticleLibrary library;
        addImported(&library, 0);
        LibrarySidebar tree(&library);
        tree.setRecent({QStringLiteral("low-dose-naltrexone"),
                        QStringLiteral("magnesium-threonate-brain-fog")});
        tree.setCurrentArticle(QStringLiteral("low-dose-naltrexone"));
        QCOMPARE(tree.topLevelItem(0), tree.recentGroup());
        QVERIFY(tree.recentGroup()->isExpanded());
        QCOMPARE(tree.recentSlugs(),
                 (QStringList{QStringLiteral("low-dose-naltrexone"),
                              QStringLiteral("magnesium-threonate-brain-fog")}));
        QCOMPARE(tree.recentGroup()->childCount(), 2);
        for (const QString &group : {QStringLiteral("Treatments"), QStringLiteral("Symptoms"),
                                     QStringLiteral("Conditions")})
            QVERIFY(topLevelNamed(tree, group)->isExpanded());
        QVERIFY(!topLevelNamed(tree, QStringLiteral("Your imported")));
        QTreeWidgetItem *medications = topicNamed(tree, QStringLiteral("Medications"));
        QCOMPARE(medications->text(0), QStringLiteral("Medications (2)"));
        // The open article is selected under its first topic, which opens; others stay closed.
        QVERIFY(medications->isExpanded());
        QCOMPARE(medications->childCount(), 2);
        QCOMPARE(tree.currentItem(), rowOf(medications, QStringLiteral("low-dose-naltrexone")));
        QVERIFY(!topicNamed(tree, QStringLiteral("Cannabis"))->isExpanded());
        // Marked wherever it is listed, for the eye and for a screen reader.
        for (QTreeWidgetItem *row : articleRows(tree)) {
            const bool open = row->data(0, SlugRole).toString() == u"low-dose-naltrexone";
            QCOMPARE(row->font(0).bold(), open);
            QCOMPARE(row->data(0, Qt::AccessibleDescriptionRole).toString(),
                     open ? QStringLiteral("open now") : QString());
        }
        QCOMPARE(tree.articleSlugs().size(), 7);
        QCOMPARE(tree.articleSlugs().first(),
                 QStringLiteral("flexeril-fibromyalgia-pain-sleep-fatigue"));
        QCOMPARE(tree.visibleSlugs().size(), 7);
    }

    void longListsStartClosedAndMakeTheirRowsWhenOpened()
    {
        ArticleLibrary library;
        addImported(&library, 600);
        LibrarySidebar tree(&library);
        tree.resize(320, 600);
        tree.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tree));
        QTreeWidgetItem *imported = topLevelNamed(tree, QStringLiteral("Your imported articles"));
        QVERIFY(imported);
        QCOMPARE(imported->text(0), QStringLiteral("Your imported articles (600)"));
        QTreeWidgetItem *pain = topicNamed(tree, QStringLiteral("Pain"));
        QVERIFY(pain->text(0).endsWith(
            QStringLiteral(" (%1)").arg(library.inTopic(QStringLiteral("pain")).size())));
        for (QTreeWidgetItem *list : {imported, pain}) {
            QVERIFY(!list->isExpanded());
            QCOMPARE(list->childCount(), 0);
            QCOMPARE(list->childIndicatorPolicy(), QTreeWidgetItem::ShowIndicator);
        }
        // 1,200 topic places and 600 imports, and not one row made for them yet.
        QVERIFY(articleRows(tree).isEmpty());
        QCOMPARE(tree.articleSlugs().size(), 607);
        QCOMPARE(tree.visibleSlugs().size(), 607);

        // Right arrow opens a topic; its rows are there to move through and open.
        QSignalSpy activated(&tree, &LibrarySidebar::articleActivated);
        tree.setFocus();
        tree.setCurrentItem(pain);
        QTest::keyClick(&tree, Qt::Key_Right);
        QVERIFY(pain->isExpanded());
        QCOMPARE(pain->childCount(), int(library.inTopic(QStringLiteral("pain")).size()));
        QTest::keyClick(&tree, Qt::Key_Down);
        QCOMPARE(tree.currentItem(), pain->child(0));
        QTest::keyClick(&tree, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(),
                 library.inTopic(QStringLiteral("pain")).first()->slug);
    }

    void filterListsOnlyMatchingRowsAndOpensOnlyShortLists()
    {
        ArticleLibrary library;
        addImported(&library, 600);
        LibrarySidebar tree(&library);
        const QSet<QString> rare = expectedMatches(library, QStringLiteral("zebrafinch"));
        QCOMPARE(rare.size(), 3);
        tree.setFilter(QStringLiteral("ZebraFinch "));
        const QStringList visible = tree.visibleSlugs();
        QCOMPARE(QSet<QString>(visible.begin(), visible.end()), rare);
        // Every row made is a match: rows are made for the filter, not hidden by it.
        const QList<QTreeWidgetItem *> rows = articleRows(tree);
        QVERIFY(!rows.isEmpty());
        for (QTreeWidgetItem *row : rows) {
            QVERIFY(!row->isHidden());
            QVERIFY(rare.contains(row->data(0, SlugRole).toString()));
            QVERIFY(row->parent()->isExpanded());
        }
        // Each match once, under the first list that holds it; "Recently read" steps aside.
        QCOMPARE(rows.size(), rare.size());
        QTreeWidgetItem *imported = topLevelNamed(tree, QStringLiteral("Your imported articles"));
        QSet<QString> listed;
        for (QTreeWidgetItem *row : rows)
            listed.insert(row->data(0, SlugRole).toString());
        QCOMPARE(listed, rare);
        QCOMPARE(imported->text(0),
                 QStringLiteral("Your imported articles (%1 of 600)").arg(imported->childCount()));

        // A common word leaves the long lists closed: a count, no rows.
        const QSet<QString> common = expectedMatches(library, QStringLiteral("pacing"));
        QVERIFY(common.size() >= 400);
        tree.setFilter(QStringLiteral("pacing"));
        const QStringList visibleCommon = tree.visibleSlugs();
        QCOMPARE(QSet<QString>(visibleCommon.begin(), visibleCommon.end()), common);
        QVERIFY(!imported->isExpanded());
        // Lists that hold few of the matches (each listed once) may open; none holds many rows.
        for (QTreeWidgetItem *row : articleRows(tree))
            QVERIFY(row->parent()->childCount() <= LibrarySidebar::largeListSize);

        // A topic's name matches every article under it.
        tree.setFilter(QStringLiteral("brain fog"));
        const QStringList visibleBrainFog = tree.visibleSlugs();
        const QSet<QString> brainFog = expectedMatches(library, QStringLiteral("brain fog"));
        QCOMPARE(QSet<QString>(visibleBrainFog.begin(), visibleBrainFog.end()), brainFog);
        for (const Article *a : library.inTopic(QStringLiteral("brain-fog")))
            QVERIFY(brainFog.contains(a->slug));

        // Cleared: all counted again, nothing hidden, the long lists the filter opened closed.
        tree.setFilter(QStringLiteral("zebrafinch"));
        tree.setFilter(QString());
        QCOMPARE(imported->text(0), QStringLiteral("Your imported articles (600)"));
        QVERIFY(!imported->isExpanded());
        QCOMPARE(tree.visibleSlugs().size(), 607);
        for (QTreeWidgetItemIterator it(&tree); *it; ++it)
            QVERIFY(!(*it)->isHidden());
    }

    void openArticleInLongTopicsIsSelectedInRecentlyRead()
    {
        ArticleLibrary library;
        addImported(&library, 600);
        LibrarySidebar tree(&library);
        const QString slug = QStringLiteral("imported-42");
        tree.setRecent({slug, QStringLiteral("low-dose-naltrexone")});
        tree.setCurrentArticle(slug);
        QCOMPARE(tree.currentItem(), rowOf(tree.recentGroup(), slug));
        QVERIFY(tree.currentItem()->font(0).bold());
        // Selecting it did not open a list of hundreds.
        for (const QString &topic : library.find(slug)->topics)
            QVERIFY(!topicNamed(tree, library.taxonomy().titleOf(topic))->isExpanded());
        // Rows made later for it are marked too.
        QTreeWidgetItem *imported = topLevelNamed(tree, QStringLiteral("Your imported articles"));
        imported->setExpanded(true);
        QTreeWidgetItem *row = rowOf(imported, slug);
        QVERIFY(row);
        QVERIFY(row->font(0).bold());
        QCOMPARE(row->data(0, Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("open now"));
        QVERIFY(!rowOf(imported, QStringLiteral("imported-43"))->font(0).bold());
    }

    void longTitleWrapsOntoAsManyLinesAsItNeeds()
    {
        ArticleLibrary library;
        addImported(&library, 0);
        Article a;
        a.slug = QStringLiteral("long-title");
        a.title = QStringLiteral(
            "What twelve weeks of gentle pacing, warm water exercise and a steady sleep routine "
            "changed for forty people living with fibromyalgia and ME/CFS");
        QVERIFY(a.title.size() >= 140);
        a.summary = QStringLiteral("A long title.");
        a.origin = Article::Origin::Imported;
        FC_VERIFY_OK(library.add(a));
        LibrarySidebar tree(&library);
        tree.resize(320, 600);
        tree.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tree));
        QTreeWidgetItem *imported = topLevelNamed(tree, QStringLiteral("Your imported articles"));
        QVERIFY(imported->isExpanded());
        QTreeWidgetItem *row = rowOf(imported, a.slug);
        QVERIFY(row);

        // The row is as high as the title wrapped to the row's width (less the style's margins).
        const int margin = tree.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &tree);
        auto wrappedHeight = [&] {
            const int width = tree.visualItemRect(row).width() - 2 * (margin + 1);
            return tree.fontMetrics()
                .boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, a.title)
                .height();
        };
        QTRY_VERIFY(tree.visualItemRect(row).height() >= wrappedHeight());
        QVERIFY(wrappedHeight() >= 3 * tree.fontMetrics().lineSpacing());
        const int wideHeight = tree.visualItemRect(row).height();
        // Narrower, it takes more lines.
        tree.resize(220, 600);
        QTRY_VERIFY(tree.visualItemRect(row).height() > wideHeight);
        QTRY_VERIFY(tree.visualItemRect(row).height() >= wrappedHeight());

        // The whole title in the tooltip and to a screen reader.
        QVERIFY(row->data(0, Qt::ToolTipRole).toString().contains(a.title));
        QAccessibleInterface *treeInterface = QAccessible::queryAccessibleInterface(&tree);
        QVERIFY(treeInterface);
        bool named = false;
        for (int i = 0; i < treeInterface->childCount() && !named; ++i)
            named = treeInterface->child(i)->text(QAccessible::Name) == a.title;
        QVERIFY(named);
    }
};

FC_UI_TEST_MAIN(TstLibrarySidebar)
#include "tst_librarysidebar.moc"
