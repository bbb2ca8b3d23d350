#include "gotodatedialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

GoToDateDialog::GoToDateDialog(QWidget *parent)
    : QDialog(parent)
    , m_label(new QLabel(this))
    , m_edit(new QDateEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("goToDateDialog"));
    m_edit->setObjectName(QStringLiteral("goToDateEdit"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_label->setBuddy(m_edit);
    m_label->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_edit);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void GoToDateDialog::setRange(QDate first, QDate last)
{
    m_first = first;
    m_last = last;
    m_edit->setDateRange(first, last);
    retranslate();
}

void GoToDateDialog::setDate(QDate date)
{
    m_edit->setDate(date);
}

QDate GoToDateDialog::date() const
{
    return m_edit->date();
}

void GoToDateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void GoToDateDialog::retranslate()
{
    setWindowTitle(tr("Go to Date"));
    m_label->setText(tr("&Date (from %1 to %2):").arg(m_first.toString(Qt::ISODate), m_last.toString(Qt::ISODate)));
    m_edit->setAccessibleName(tr("Date"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Go"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}
