#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_intro->setWordWrap(true);
    m_table->setColumnCount(2);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(560, 560);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void ShortcutsDialog::setActions(const QList<QAction *> &actions)
{
    m_actions.clear();
    for (QAction *a : actions)
        m_actions.append(a);
    retranslate();
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    retranslate();
    QDialog::showEvent(event);
}

void ShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_intro->setText(tr("Time shortcuts work in the whole window, whatever has the focus."));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));

    QList<QPair<QString, QString>> rows;
    for (const QPointer<QAction> &a : std::as_const(m_actions)) {
        if (!a || a->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        static const QRegularExpression mnemonic(QStringLiteral(R"(\(&\w\)|&(?=\S))"));
        rows.append({a->text().remove(mnemonic).remove(QStringLiteral("…")), keys.join(tr(" or "))});
    }
    rows.append({tr("Move through the districts on the map"), tr("Tab / Shift+Tab (map focused)")});
    rows.append({tr("Show the focused district's history"), tr("Enter (map focused)")});
    rows.append({tr("Move the focus between map, timeline and panels"), tr("F6")});

    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        m_table->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
    m_table->resizeColumnToContents(0);
}
