#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;

/// Asks for a date inside the campaign's range (Go › Go to date…).
class GoToDateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GoToDateDialog(QWidget *parent = nullptr);

    void setRange(QDate first, QDate last);
    void setDate(QDate date);
    QDate date() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label = nullptr;
    QDateEdit *m_edit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QDate m_first;
    QDate m_last;
};
