#pragma once

#include <QModelIndex>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QTextBrowser;
class SearchResultModel;
class ViewerSession;
struct Paragraph;

/**
 * @brief Find (Ctrl+F): a field and the list of what it finds (SearchResultModel).
 *
 * Typing searches at once. Down moves from the field into the list; Enter
 * (in the field: on the first result) or a double click goes there: a
 * district is selected; an event's date becomes the current date and its
 * districts are highlighted; a paragraph is shown in the Article panel. The
 * window does the showing, on districtRequested(), eventRequested() and
 * paragraphRequested().
 */
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(ViewerSession *session, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QListView *results() const { return m_list; }
    SearchResultModel *model() const { return m_model; }
    /// What the line under the field says (the counts, or why nothing is listed).
    QString statusText() const;

    /// The interface language ("en", "zh_TW") the results are written in.
    void setLanguage(const QString &language);
    /// Puts the keyboard in the field with its text selected, so typing replaces it.
    void focusField();
    /// Goes to the result at @p index, as Enter on it does.
    void activate(const QModelIndex &index);

    /**
     * @brief Selects the text at @p offset (@p length characters) of @p paragraph
     * in the article shown by @p browser and scrolls it into view; false when
     * the paragraph's text is not in the document.
     */
    static bool revealInArticle(QTextBrowser *browser, const Paragraph &paragraph, int offset, int length);

signals:
    void districtRequested(const QString &districtId);
    /// An event was chosen: the date and highlight have moved to it already.
    void eventRequested(const QString &eventId);
    void paragraphRequested(int paragraph, int offset, int length);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateStatus();

    ViewerSession *m_session = nullptr;
    SearchResultModel *m_model = nullptr;
    QLabel *m_label = nullptr;
    QLineEdit *m_field = nullptr;
    QAction *m_clear = nullptr; ///< in the field, shown when it has text
    QLabel *m_status = nullptr;
    QListView *m_list = nullptr;
};
