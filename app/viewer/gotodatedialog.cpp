#include "gotodatedialog.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace {

/// YYYY-MM-DD or YYYYMMDD, a real calendar day; invalid otherwise.
QDate parseTyped(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d{4})-?(\d{2})-?(\d{2})\s*$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    // One form or the other, not a mix of the two ("2016-1127").
    const bool dashes = text.contains(QLatin1Char('-'));
    if (dashes && text.count(QLatin1Char('-')) != 2)
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

} // namespace

GoToDateDialog::GoToDateDialog(QWidget *parent, Purpose purpose)
    : QDialog(parent)
    , m_label(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_calendar(new QCalendarWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_purpose(purpose)
{
    setObjectName(purpose == Purpose::Compare ? QStringLiteral("compareDateDialog") : QStringLiteral("goToDateDialog"));
    m_edit->setObjectName(QStringLiteral("goToDateEdit"));
    m_calendar->setObjectName(QStringLiteral("goToDateCalendar"));
    m_error->setObjectName(QStringLiteral("goToDateError"));
    m_label->setBuddy(m_edit);
    m_label->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #B00020;"));
    m_error->hide();
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    layout->addWidget(m_calendar);
    layout->addWidget(m_buttons);
    // The dialog grows when a message appears, never cutting the calendar.
    layout->setSizeConstraint(QLayout::SetFixedSize);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GoToDateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A day picked in the calendar is the typed date; a double click (or
    // Enter in the calendar) goes there.
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate d) {
        m_edit->setText(d.toString(Qt::ISODate));
        m_error->hide();
    });
    connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate d) {
        m_edit->setText(d.toString(Qt::ISODate));
        accept();
    });
    connect(m_edit, &QLineEdit::textEdited, m_error, &QWidget::hide);
    retranslate();
}

void GoToDateDialog::setRange(QDate first, QDate last)
{
    m_first = first;
    m_last = last;
    m_calendar->setDateRange(first, last);
    retranslate();
}

void GoToDateDialog::setDate(QDate date)
{
    m_date = date;
    m_edit->setText(date.toString(Qt::ISODate));
    if (date.isValid())
        m_calendar->setSelectedDate(date);
    m_error->hide();
}

void GoToDateDialog::setMarkedDates(const QList<QDate> &dates)
{
    for (const QDate d : std::as_const(m_marked))
        m_calendar->setDateTextFormat(d, QTextCharFormat());
    m_marked = dates;
    QTextCharFormat marked;
    marked.setFontWeight(QFont::Bold);
    marked.setFontUnderline(true);
    for (const QDate d : std::as_const(m_marked))
        m_calendar->setDateTextFormat(d, marked);
}

QString GoToDateDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void GoToDateDialog::accept()
{
    const QString text = m_edit->text().trimmed();
    const QDate typed = parseTyped(text);
    if (!typed.isValid()) {
        showError(tr("\"%1\" is not a date: type it as YYYY-MM-DD or YYYYMMDD.").arg(text));
        return;
    }
    if ((m_first.isValid() && typed < m_first) || (m_last.isValid() && typed > m_last)) {
        showError(tr("%1 is outside the campaign (%2 to %3).")
                      .arg(typed.toString(Qt::ISODate), m_first.toString(Qt::ISODate), m_last.toString(Qt::ISODate)));
        return;
    }
    m_date = typed;
    m_error->hide();
    QDialog::accept();
}

void GoToDateDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_edit->setFocus();
    m_edit->selectAll();
}

void GoToDateDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Typing right away replaces the shown date instead of appending to it.
    m_edit->setFocus(Qt::PopupFocusReason);
    m_edit->selectAll();
}

void GoToDateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void GoToDateDialog::retranslate()
{
    setWindowTitle(m_purpose == Purpose::Compare ? tr("Compare With Date") : tr("Go to Date"));
    m_label->setText(
        tr("&Date, YYYY-MM-DD (from %1 to %2):").arg(m_first.toString(Qt::ISODate), m_last.toString(Qt::ISODate)));
    m_edit->setAccessibleName(tr("Date"));
    m_edit->setPlaceholderText(tr("YYYY-MM-DD"));
    m_calendar->setAccessibleName(tr("Calendar; days with events are bold"));
    m_calendar->setToolTip(tr("Days with events are bold and underlined."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Go"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}
