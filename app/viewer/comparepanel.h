#pragma once

#include <QString>
#include <QWidget>

class LinkPolicy;
class QTextBrowser;
class ViewerSession;

/**
 * @brief Compare mode's list: every district whose control changed between the compared date
 * and the current one, with its state at each end, the days it changed and their sources.
 *
 * The same query as `--diff` (TimelineDiff). Report links go through the LinkPolicy; a
 * district's name selects it. Shows a hint when compare mode is off.
 */
class ComparePanel : public QWidget
{
    Q_OBJECT

public:
    ComparePanel(ViewerSession *session, LinkPolicy *links, QWidget *parent = nullptr);

    void setLanguage(const QString &language);
    QTextBrowser *browser() const { return m_browser; }
    /// The number of districts listed (0 when compare mode is off; the last list built while hidden).
    int changedCount() const { return m_changed; }

signals:
    void districtRequested(const QString &districtId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    ViewerSession *m_session = nullptr;
    LinkPolicy *m_links = nullptr;
    QTextBrowser *m_browser = nullptr;
    QString m_language = QStringLiteral("en");
    int m_changed = 0;
    bool m_stale = true;      ///< the list does not match the session yet (built when shown)
    bool m_showsHint = false; ///< the "compare mode is off" text is shown
};
