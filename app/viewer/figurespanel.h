#pragma once

#include <QModelIndex>
#include <QTableView> // complete for callers that treat table() as a QWidget
#include <QWidget>

class FigureListModel;
class LinkPolicy;
class QLabel;
class QSortFilterProxyModel;
class ViewerSession;

/**
 * @brief "Figures": every figure of the article and the reports in a sortable
 * table, beside the map's value for the same measure on that date (with the
 * reports and from the article alone) and whether each agrees.
 *
 * Clicking a row, or pressing Enter on it, moves the timeline to its date;
 * the rows about the current date are highlighted. Below the table the
 * selected figure is spelled out with its source, its paraphrase and a link to
 * the report (or the article), opened through the LinkPolicy.
 *
 * The figures are measured when the panel first comes on screen (shown, or
 * its dock tab raised: see setOnScreen()), and again after a campaign change
 * once it is: a hidden panel, or one behind another dock's tab, costs nothing
 * at start-up.
 */
class FiguresPanel : public QWidget
{
    Q_OBJECT

public:
    FiguresPanel(ViewerSession *session, LinkPolicy *links, QWidget *parent = nullptr);

    void setLanguage(const QString &language);
    QTableView *table() const { return m_table; }
    /// The details of the selected figure (its link opens the report).
    QLabel *details() const { return m_details; }
    /// True when the table shows the current campaign's figures.
    bool hasContent() const { return !m_stale; }
    /// Told by the window when the panel's dock comes on screen or leaves it (a tab raised or lowered).
    void setOnScreen(bool onScreen);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    bool isOnScreen() const;
    void ensureContent();
    void onCampaignChanged();
    void onDateChanged(QDate date);
    void goToRow(const QModelIndex &index);
    void updateDetails();
    void openLink(const QString &link);

    ViewerSession *m_session = nullptr;
    LinkPolicy *m_links = nullptr;
    FigureListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_hint = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_details = nullptr;
    QString m_language = QStringLiteral("en");
    bool m_stale = true; ///< the model does not hold the current campaign's figures yet
};
