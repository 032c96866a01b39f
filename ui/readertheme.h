#pragma once

#include <QObject>
#include <QPalette>

namespace fc {

class AppContext;

// Light or dark, for the widgets and the article page together: "System" follows the desktop's
// palette (and its changes), "Light" and "Dark" are the reader's own choice. Large type is part
// of the page style too.
class ReaderTheme : public QObject
{
    Q_OBJECT
public:
    explicit ReaderTheme(AppContext *context, QObject *parent = nullptr);

    // Applies the settings to the application palette and the page style; emits changed() when
    // the page needs re-rendering.
    void apply();
    bool isDark() const { return m_dark; }

    static QPalette darkPalette();

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AppContext *m_context;
    QPalette m_systemPalette;
    bool m_dark = false;
    bool m_largeType = false;
    bool m_applying = false;
};

} // namespace fc
