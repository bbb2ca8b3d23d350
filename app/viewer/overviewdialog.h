#pragma once

#include <QDialog>

class LanguageManager;
class LinkPolicy;
class QCheckBox;
class QDialogButtonBox;
class QTextBrowser;
class SettingsStore;
class ViewerSession;

/**
 * @brief Help › Start Here: the campaign's title and dates, what happened in
 * one paragraph (the interface's language first, the other one after it) and
 * how to read the map (side colours, textures, the basis of each state).
 *
 * Modeless and small: the map stays usable behind it. It opens by itself on
 * the first start (openAtFirstStart()); a check box asks whether it should
 * open at every start, remembered in the SettingsStore when it is closed.
 */
class OverviewDialog : public QDialog
{
    Q_OBJECT

public:
    OverviewDialog(ViewerSession *session, LanguageManager *language, LinkPolicy *links, QWidget *parent = nullptr);

    /// Where "open at every start" is remembered; may be null (nothing is remembered).
    void setSettingsStore(SettingsStore *store) { m_settings = store; }
    /// Opens the dialog when the store says it has not been dismissed yet; returns whether it opened.
    bool openAtFirstStart();
    /// Shows the dialog over its parent window, sized to leave most of the window in view.
    void present();
    QTextBrowser *browser() const { return m_browser; }
    QCheckBox *showAtStartBox() const { return m_showAtStart; }
    /// The text shown, as plain text.
    QString text() const;

public slots:
    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString summaryHtml(const QString &language) const;
    QString mapHtml() const;

    ViewerSession *m_session = nullptr;
    LanguageManager *m_language = nullptr;
    SettingsStore *m_settings = nullptr;
    QTextBrowser *m_browser = nullptr;
    QCheckBox *m_showAtStart = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
