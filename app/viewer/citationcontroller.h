#pragma once

#include "citationformatter.h"

#include <QObject>
#include <QPointer>
#include <QString>

class DistrictPanel;
class EventPanel;
class QAction;
class QActionGroup;
class QMenu;
class QWidget;
class ViewerSession;

/**
 * @brief Edit › Copy Citation (Ctrl+Shift+C) and Edit › Citation Style.
 *
 * Cites what the user is looking at, decided by where the keyboard focus is:
 * a row of the District panel's history (the change of that row); On this
 * date (the event the reader clicked in or selected there, else all the
 * events it shows); otherwise the selected district's state at the
 * current date, or, with no district selected, the day's events. The
 * citation goes to the clipboard as plain text and as HTML, in the chosen
 * style (CitationFormatter) and the interface's language.
 */
class CitationController : public QObject
{
    Q_OBJECT

public:
    CitationController(ViewerSession *session, EventPanel *events, DistrictPanel *district, QWidget *window);

    QAction *copyAction() const { return m_copy; }
    /// The Citation Style submenu (Chicago, APA), owned by the controller's window.
    QMenu *styleMenu() const { return m_styleMenu; }

    CitationFormatter::Style style() const { return m_style; }
    void setStyle(CitationFormatter::Style style);
    /// setStyle() from a settings key ("chicago", "apa"); anything else is ignored.
    void setStyleKey(const QString &key);
    void setLanguage(const QString &language) { m_language = language; }

    /// The citation for what has the focus now; empty when there is nothing to cite.
    CitationFormatter::Text currentCitation() const;
    /// Puts currentCitation() on the clipboard (text/plain and text/html) and says so.
    void copy();
    /// Sets the actions' and menu's words in the current language.
    void retranslate();

signals:
    /// A line for the status bar: what was copied, or why nothing was.
    void message(const QString &text);

private:
    CitationFormatter::Text historyRowCitation(const CitationFormatter &formatter) const;
    CitationFormatter::Text eventsCitation(const CitationFormatter &formatter) const;

    ViewerSession *m_session = nullptr;
    QPointer<EventPanel> m_events;
    QPointer<DistrictPanel> m_district;
    QWidget *m_window = nullptr;
    QAction *m_copy = nullptr;
    QMenu *m_styleMenu = nullptr;
    QActionGroup *m_styleGroup = nullptr;
    QAction *m_chicago = nullptr;
    QAction *m_apa = nullptr;
    CitationFormatter::Style m_style = CitationFormatter::Style::Chicago;
    QString m_language = QStringLiteral("en");
};
