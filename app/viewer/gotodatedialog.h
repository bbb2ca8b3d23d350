#pragma once

#include <QDate>
#include <QDialog>
#include <QList>

class QCalendarWidget;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/**
 * @brief Asks for a date inside the campaign's range (Go › Go to date…).
 *
 * The date is typed whole, YYYY-MM-DD or YYYYMMDD: the field opens with its
 * text selected, so typing replaces it. Enter checks it; a text that is not
 * a calendar date, or a date outside the campaign, is refused with a message
 * in the dialog, which stays open. The calendar below picks a date with the
 * mouse; days with events are marked in it.
 */
class GoToDateDialog : public QDialog
{
    Q_OBJECT

public:
    /// What the chosen date is for: the dialog's title says it.
    enum class Purpose { GoTo, Compare };

    explicit GoToDateDialog(QWidget *parent = nullptr, Purpose purpose = Purpose::GoTo);

    void setRange(QDate first, QDate last);
    void setDate(QDate date);
    /// Days shown in bold in the calendar (the campaign's event days).
    void setMarkedDates(const QList<QDate> &dates);
    /// The accepted date (valid once the dialog was accepted).
    QDate date() const { return m_date; }
    /// The message shown for the last refused text, or empty.
    QString errorText() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showError(const QString &message);

    QLabel *m_label = nullptr;
    QLineEdit *m_edit = nullptr;
    QLabel *m_error = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QDate m_first;
    QDate m_last;
    QDate m_date;
    QList<QDate> m_marked;
    Purpose m_purpose = Purpose::GoTo;
};
