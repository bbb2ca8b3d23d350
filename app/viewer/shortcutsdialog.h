#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QAction;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

/// Help › Keyboard Shortcuts: every action with a shortcut, plus map and panel keys.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    void setActions(const QList<QAction *> &actions);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    QList<QPointer<QAction>> m_actions;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
