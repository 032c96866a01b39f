#pragma once

// Reusable accessibility checks for UI tests: accessible names and descriptions of every
// interactive widget, the Tab order through a window, keyboard reachability of menu actions and
// text that does not fit its widget. Header-only so any tests/ui/tst_*.cpp can include it.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTableView>
#include <QTextEdit>
#include <QWebEngineView>
#include <QtTest>

namespace fc::test {

inline QString accessibleText(QWidget *w, QAccessible::Text which)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(which) : QString();
}

inline QString describeWidget(const QWidget *w)
{
    QString text;
    if (auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    else if (auto *l = qobject_cast<const QLabel *>(w))
        text = l->text().left(40);
    return QStringLiteral("%1%2%3").arg(
        QString::fromLatin1(w->metaObject()->className()),
        w->objectName().isEmpty() ? QString() : QStringLiteral(" #") + w->objectName(),
        text.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(text));
}

// Parts of composite controls (a spin box's line edit, a web view's render widget, an item view's
// scroll bars) are reached and named through the control that owns them.
inline QWidget *owningControl(QWidget *w)
{
    for (QWidget *p = w ? w->parentWidget() : nullptr; p; p = p->parentWidget())
        if (qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QComboBox *>(p) ||
            qobject_cast<QWebEngineView *>(p) || qobject_cast<QAbstractItemView *>(p) ||
            qobject_cast<QCalendarWidget *>(p))
            w = p;
    return w;
}

inline bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w))
        return false;
    if (auto *edit = qobject_cast<const QPlainTextEdit *>(w))
        return !edit->isReadOnly() || edit->textInteractionFlags() & Qt::TextSelectableByKeyboard;
    if (auto *edit = qobject_cast<const QTextEdit *>(w))
        return !edit->isReadOnly() || edit->textInteractionFlags() & Qt::TextSelectableByKeyboard;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractSlider *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractItemView *>(w) ||
           qobject_cast<const QTabBar *>(w) || qobject_cast<const QWebEngineView *>(w);
}

// A description is needed where the name alone does not say how to use the control or what its
// value means: scales, number fields, lists and trees, the article view and icon-only buttons.
inline bool needsDescription(const QWidget *w)
{
    if (auto *b = qobject_cast<const QAbstractButton *>(w))
        return b->text().isEmpty();
    return qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QWebEngineView *>(w);
}

// Every problem found below root, one line each; empty when all is well. Only widgets a user can
// see count (isVisibleTo(root)), so call this on a shown window.
inline QStringList accessibilityProblems(QWidget *root)
{
    QStringList problems;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!isInteractive(w) || !w->isVisibleTo(root) || owningControl(w) != w)
            continue;
        if (accessibleText(w, QAccessible::Name).trimmed().isEmpty())
            problems << describeWidget(w) + QStringLiteral(" has no accessible name");
        if (needsDescription(w) && accessibleText(w, QAccessible::Description).trimmed().isEmpty())
            problems << describeWidget(w) + QStringLiteral(" has no accessible description");
        if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->tabText(i).remove(u'&').trimmed().isEmpty() &&
                    tabs->accessibleTabName(i).isEmpty())
                    problems << describeWidget(w) + QStringLiteral(" tab %1 has no name").arg(i);
    }
    return problems;
}

// Presses Tab from `start` until focus comes back to it (or maxSteps presses) and returns the
// controls that had focus, start first. Parts of composite controls are reported as the control,
// and presses that stay inside one control (a date edit's year, month and day) are not repeated.
inline QList<QWidget *> tabWalk(QWidget *start, int maxSteps = 60, Qt::Key key = Qt::Key_Tab)
{
    QList<QWidget *> order;
    start->activateWindow();
    start->setFocus(Qt::TabFocusReason);
    if (owningControl(QApplication::focusWidget()) != start)
        return order;
    order << start;
    for (int i = 0; i < maxSteps; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        QTest::keyClick(focus, key, key == Qt::Key_Backtab ? Qt::ShiftModifier : Qt::NoModifier);
        QWidget *next = owningControl(QApplication::focusWidget());
        if (!next || (next == start && order.size() > 1))
            break;
        if (next != order.last())
            order << next;
    }
    return order;
}

// Stops of a Tab walk that a screen reader could not announce: every control the keyboard lands
// on needs a name, including containers that take focus (a scroll area, a frame).
inline QStringList unnamedTabStops(const QList<QWidget *> &order)
{
    QStringList problems;
    for (QWidget *w : order)
        if (accessibleText(w, QAccessible::Name).trimmed().isEmpty())
            problems << describeWidget(w) + QStringLiteral(" takes focus but has no name");
    return problems;
}

// A dialog's buttons in the order they are on screen, which is the platform's, not the order
// they were added in.
inline QList<QWidget *> buttonsLeftToRight(QDialogButtonBox *box)
{
    QList<QWidget *> buttons;
    for (QAbstractButton *b : box->buttons())
        if (b->isVisibleTo(box))
            buttons << b;
    std::sort(buttons.begin(), buttons.end(),
              [](QWidget *a, QWidget *b) { return a->x() < b->x(); });
    return buttons;
}

inline QStringList widgetNames(const QList<QWidget *> &widgets)
{
    QStringList names;
    for (QWidget *w : widgets) {
        const QString name = accessibleText(w, QAccessible::Name);
        names << (name.isEmpty() ? describeWidget(w) : name);
    }
    return names;
}

inline bool hasMnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return true;
        ++i;
    }
    return false;
}

inline QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&' && text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        if (text.at(i) == u'&')
            ++i;
    }
    return {};
}

// Menu actions a keyboard user cannot reach (no mnemonic in their menu and no shortcut), menus
// without a mnemonic, letters used twice in one menu, and shortcuts bound to two actions (Qt then
// runs neither).
inline QStringList keyboardReachabilityProblems(QMenuBar *bar)
{
    QStringList problems;
    QHash<QString, std::pair<QAction *, QString>> shortcuts;
    std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &path) {
        QHash<QChar, QString> letters;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            const QString name = path + QStringLiteral(" > ") + a->text();
            if (!hasMnemonic(a->text()) && a->shortcuts().isEmpty())
                problems << name + QStringLiteral(": no mnemonic and no shortcut");
            const QChar letter = mnemonic(a->text());
            if (!letter.isNull()) {
                if (letters.contains(letter))
                    problems << QStringLiteral("%1: mnemonic '%2' also used by %3")
                                    .arg(name, letter, letters.value(letter));
                letters.insert(letter, a->text());
            }
            for (const QKeySequence &k : a->shortcuts()) {
                // One action may sit in two menus; two actions may not share a key.
                const QString key = k.toString(QKeySequence::PortableText);
                // Shortcuts scoped to a widget (WidgetWithChildrenShortcut) only act while the
                // focus is there, so they may reuse a window-wide key on purpose.
                if (a->shortcutContext() != Qt::WindowShortcut &&
                    a->shortcutContext() != Qt::ApplicationShortcut)
                    continue;
                if (shortcuts.contains(key) && shortcuts.value(key).first != a)
                    problems << QStringLiteral("%1: shortcut %2 also bound to %3")
                                    .arg(name, key, shortcuts.value(key).second);
                shortcuts.insert(key, {a, name});
            }
            if (a->menu())
                walk(a->menu(), name);
        }
    };
    QHash<QChar, QString> topLetters;
    for (QAction *a : bar->actions()) {
        if (!a->menu() || !a->isVisible())
            continue;
        if (!hasMnemonic(a->text()))
            problems << a->text() + QStringLiteral(": menu has no mnemonic");
        const QChar letter = mnemonic(a->text());
        if (topLetters.contains(letter))
            problems << QStringLiteral("%1: mnemonic '%2' also used by %3")
                            .arg(a->text(), letter, topLetters.value(letter));
        topLetters.insert(letter, a->text());
        walk(a->menu(), a->text());
    }
    return problems;
}

// Alt+letter combinations that more than one visible thing in a window answers to: menu titles,
// buttons, tabs and labels that lead to a field. Qt then only moves focus between them instead
// of acting, so every one must be unique in the window.
inline QStringList mnemonicClashes(QWidget *window)
{
    QMultiHash<QChar, QString> owners;
    const auto add = [&](const QString &text, const QString &what) {
        const QChar letter = mnemonic(text);
        if (!letter.isNull())
            owners.insert(letter, what + QStringLiteral(" \"") + text + u'"');
    };
    if (auto *bar = window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly))
        for (QAction *a : bar->actions())
            if (a->isVisible())
                add(a->text(), QStringLiteral("menu"));
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || !w->isEnabled())
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b->text(), QStringLiteral("button"));
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            add(l->text(), QStringLiteral("label"));
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabEnabled(i) && tabs->isTabVisible(i))
                    add(tabs->tabText(i), QStringLiteral("tab"));
    }
    QStringList problems;
    for (const QChar &letter : owners.uniqueKeys()) {
        const QStringList who = owners.values(letter);
        if (who.size() > 1)
            problems << QStringLiteral("Alt+%1: %2")
                            .arg(letter.toUpper(), who.join(QStringLiteral(", ")));
    }
    return problems;
}

// Labels and buttons whose text does not fit the room the layout gave them. Word-wrapped labels
// must get the height their text needs at their width.
inline QStringList clippedText(QWidget *root)
{
    QStringList problems;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(root) || w->width() <= 0)
            continue;
        const QFontMetrics fm = w->fontMetrics();
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            if (label->wordWrap()) {
                // Wrapping cannot break a word (or a rich-text table) narrower than itself.
                if (label->width() < label->minimumSizeHint().width())
                    problems << QStringLiteral("%1: %2 px wide, its longest word needs %3")
                                    .arg(describeWidget(w))
                                    .arg(label->width())
                                    .arg(label->minimumSizeHint().width());
                else if (label->height() < label->heightForWidth(label->width()))
                    problems << QStringLiteral("%1: %2 px high, needs %3")
                                    .arg(describeWidget(w))
                                    .arg(label->height())
                                    .arg(label->heightForWidth(label->width()));
            } else if (label->width() < label->minimumSizeHint().width() ||
                       label->height() < label->minimumSizeHint().height()) {
                problems << QStringLiteral("%1: %2x%3, needs %4x%5")
                                .arg(describeWidget(w))
                                .arg(label->width())
                                .arg(label->height())
                                .arg(label->minimumSizeHint().width())
                                .arg(label->minimumSizeHint().height());
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty())
                continue;
            QString text = button->text();
            text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
            int needed = fm.horizontalAdvance(text);
            int neededHeight = qMin(fm.height(), fm.lineSpacing());
            if (qobject_cast<QCheckBox *>(w) || qobject_cast<QRadioButton *>(w)) {
                needed = button->sizeHint().width();
                neededHeight = button->sizeHint().height();
            }
            if (button->width() < needed || button->height() < neededHeight)
                problems << QStringLiteral("%1: %2x%3, text needs %4x%5")
                                .arg(describeWidget(w))
                                .arg(button->width())
                                .arg(button->height())
                                .arg(needed)
                                .arg(neededHeight);
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (!tabs->rect().contains(tabs->tabRect(i)) ||
                    tabs->tabRect(i).width() < fm.horizontalAdvance(tabs->tabText(i).remove(u'&')))
                    problems << QStringLiteral("%1: tab \"%2\" does not fit")
                                    .arg(describeWidget(w), tabs->tabText(i));
        }
    }
    return problems;
}

// Scroll areas that scroll sideways: at any text size a form grows down, never off to the right
// (a table of its own data, with columns of their own, may).
inline QStringList horizontalScrolling(QWidget *root)
{
    QStringList problems;
    for (QAbstractScrollArea *area : root->findChildren<QAbstractScrollArea *>()) {
        if (!area->isVisibleTo(root) || qobject_cast<QTableView *>(area))
            continue;
        if (area->horizontalScrollBar()->isVisibleTo(root) &&
            area->horizontalScrollBar()->maximum() > 0)
            problems << QStringLiteral("%1 scrolls sideways by %2 px")
                            .arg(describeWidget(area))
                            .arg(area->horizontalScrollBar()->maximum());
        // With its bar turned off, content wider than the view is cut off instead.
        if (auto *scroll = qobject_cast<QScrollArea *>(area);
            scroll && scroll->widget() && scroll->widgetResizable() &&
            scroll->widget()->minimumSizeHint().width() > scroll->viewport()->width()) {
            QString widest;
            int most = 0;
            for (QWidget *w : scroll->widget()->findChildren<QWidget *>())
                if (w->isVisibleTo(root) && w->minimumSizeHint().width() > most) {
                    most = w->minimumSizeHint().width();
                    widest = describeWidget(w);
                }
            problems << QStringLiteral("%1 cuts off %2 px of its content at the right (widest: "
                                       "%3, %4 px)")
                            .arg(describeWidget(area))
                            .arg(scroll->widget()->minimumSizeHint().width() -
                                 scroll->viewport()->width())
                            .arg(widest)
                            .arg(most);
        }
    }
    return problems;
}

} // namespace fc::test
