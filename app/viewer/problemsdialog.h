#pragma once

#include "diagnostic.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

/// Lists why a campaign package could not be opened, one `FILE:LINE:COLUMN: message` per line.
class ProblemsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProblemsDialog(QWidget *parent = nullptr);

    /// @p keptCampaign: whether the previously loaded campaign stays open.
    void setProblems(const QString &path, const Diagnostics &problems, bool keptCampaign);
    QString problemsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_list = nullptr;
    QPushButton *m_copy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_path;
    Diagnostics m_problems;
    bool m_keptCampaign = false;
};
