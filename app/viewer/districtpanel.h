#pragma once

#include <QAbstractItemView>
#include <QWidget>

class DistrictHistoryDelegate;
class DistrictHistoryTextModel;
class LinkPolicy;
class QLabel;
class QListView;
class QStackedWidget;
class ViewerSession;

/**
 * @brief "District": the selected district's names, its control at the
 * current date and its whole history, the article's changes and the reports'
 * claims together (DistrictHistoryTextModel), the row in force highlighted.
 * Clicking (or pressing Enter on) a row moves the timeline to that row's
 * date; clicking a report's link opens it through the LinkPolicy.
 */
class DistrictPanel : public QWidget
{
    Q_OBJECT

public:
    DistrictPanel(ViewerSession *session, LinkPolicy *links, QWidget *parent = nullptr);

    void setLanguage(const QString &language);
    QListView *historyView() const { return m_list; }
    DistrictHistoryTextModel *historyModel() const { return m_text; }
    DistrictHistoryDelegate *historyDelegate() const { return m_delegate; }
    /// The header text (names and current control), for tests.
    QString headerText() const;
    bool isShowingDistrict() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void updateHeader();
    void retranslate();
    void centreCurrentRow();
    void showCurrentRow(QAbstractItemView::ScrollHint hint);
    /// A menu for the row at @p pos (or the current row): go to its date, open each report's link.
    void showLinkMenu(const QPoint &pos);

    ViewerSession *m_session = nullptr;
    LinkPolicy *m_links = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_hint = nullptr;
    QListView *m_list = nullptr;
    DistrictHistoryTextModel *m_text = nullptr;
    DistrictHistoryDelegate *m_delegate = nullptr;
    QString m_language = QStringLiteral("en");
    bool m_centrePending = false; ///< the row in force is to be centred once the list is shown
};
