#pragma once

#include <QWidget>

class DistrictHistoryDelegate;
class DistrictHistoryTextModel;
class QLabel;
class QListView;
class QStackedWidget;
class ViewerSession;

/**
 * @brief "District": the selected district's names, its control at the
 * current date and its whole history, one row per change, the row in force
 * highlighted. Clicking (or pressing Enter on) a row moves the timeline to
 * that row's date.
 */
class DistrictPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DistrictPanel(ViewerSession *session, QWidget *parent = nullptr);

    void setLanguage(const QString &language);
    QListView *historyView() const { return m_list; }
    /// The header text (names and current control), for tests.
    QString headerText() const;
    bool isShowingDistrict() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void updateHeader();
    void retranslate();
    void centreCurrentRow();

    ViewerSession *m_session = nullptr;
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
