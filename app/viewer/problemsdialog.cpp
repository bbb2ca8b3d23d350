#include "problemsdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ProblemsDialog::ProblemsDialog(QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_list(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("problemsDialog"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(QStringLiteral("problemsList"));
    m_list->setReadOnly(true);
    // Long lines (paths, quoted values) wrap, anywhere if they have no space:
    // no reading sideways.
    m_list->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_list->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(760, 380);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(problemsText()); });
    retranslate();
}

void ProblemsDialog::setProblems(const QString &path, const Diagnostics &problems, bool keptCampaign)
{
    m_path = path;
    m_problems = problems;
    m_keptCampaign = keptCampaign;
    m_list->setPlainText(problemsText());
    retranslate();
}

QString ProblemsDialog::problemsText() const
{
    QStringList lines;
    for (const Diagnostic &d : m_problems)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

void ProblemsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ProblemsDialog::retranslate()
{
    setWindowTitle(tr("Campaign Not Opened"));
    QString text =
        m_problems.size() == 1
            ? tr("The campaign package “%1” has a problem and was not opened.").arg(m_path)
            : tr("The campaign package “%1” has %2 problems and was not opened.").arg(m_path).arg(m_problems.size());
    if (m_keptCampaign)
        text += QLatin1Char(' ') + tr("The current campaign stays open.");
    m_summary->setText(text);
    m_list->setAccessibleName(tr("Problems, one per line as FILE:LINE:COLUMN: message"));
    m_copy->setText(tr("&Copy"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
}
