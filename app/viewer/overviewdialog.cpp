#include "overviewdialog.h"

#include "languagemanager.h"
#include "linkpolicy.h"
#include "settingsstore.h"
#include "viewersession.h"
#include "wording.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

OverviewDialog::OverviewDialog(ViewerSession *session, LanguageManager *language, LinkPolicy *links, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_language(language)
    , m_browser(new QTextBrowser(this))
    , m_showAtStart(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("overviewDialog"));
    m_browser->setObjectName(QStringLiteral("overviewBrowser"));
    m_showAtStart->setObjectName(QStringLiteral("overviewShowAtStart"));
    m_browser->setOpenLinks(false);
    // Small and out of the way: the map stays usable while it is open.
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_showAtStart, 1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);
    resize(560, 520);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (links)
        connect(m_browser, &QTextBrowser::anchorClicked, links, &LinkPolicy::open);
    connect(m_session, &ViewerSession::campaignChanged, this, &OverviewDialog::retranslate);
    connect(m_language, &LanguageManager::languageChanged, this, &OverviewDialog::retranslate);
    retranslate();
}

bool OverviewDialog::openAtFirstStart()
{
    if (!m_settings || !m_settings->showOverviewAtStart())
        return false;
    // Not dismissed yet; it stays out of the way afterwards unless asked to come back.
    m_showAtStart->setChecked(false);
    present();
    return true;
}

void OverviewDialog::present()
{
    // Small next to the window it explains: at most about two thirds of it.
    QSize size(560, 520);
    if (const QWidget *window = parentWidget() ? parentWidget()->window() : nullptr) {
        size = size.boundedTo(QSize(window->width() * 2 / 3, window->height() * 5 / 6)).expandedTo(QSize(360, 300));
        resize(size);
        move(window->geometry().center() - rect().center());
    }
    show();
    raise();
    activateWindow();
}

void OverviewDialog::done(int result)
{
    if (m_settings)
        m_settings->setShowOverviewAtStart(m_showAtStart->isChecked());
    QDialog::done(result);
}

QString OverviewDialog::text() const
{
    return m_browser->toPlainText();
}

void OverviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString OverviewDialog::summaryHtml(const QString &language) const
{
    // The summary is prose about the campaign from the package, not interface text: it is shown in
    // both languages, the interface's first, whatever translations the viewer has. The loader
    // requires English in a summary, so an empty one means the package has none.
    const auto campaign = m_session->campaign();
    if (!campaign || campaign->summary.en.isEmpty())
        return {};
    const QString en = campaign->summary.en.toHtmlEscaped();
    const QString zh = campaign->summary.zh.toHtmlEscaped();
    const QString lead = QStringLiteral("<p lang='%1'>%2</p>");
    const QString other = QStringLiteral("<p lang='%1' style='color:#555555'>%2</p>");
    if (zh.isEmpty())
        return lead.arg(QStringLiteral("en"), en);
    const bool zhFirst = Wording::contentLanguage(language) == QLatin1String("zh");
    return zhFirst ? lead.arg(QStringLiteral("zh-Hant"), zh) + other.arg(QStringLiteral("en"), en)
                   : lead.arg(QStringLiteral("en"), en) + other.arg(QStringLiteral("zh-Hant"), zh);
}

QString OverviewDialog::mapHtml() const
{
    const auto campaign = m_session->campaign();
    const QString language = m_language->language();
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Reading the map").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p><ul>")
                .arg(tr("Each district has the colour of the side that held it at the end of the day shown "
                        "on the timeline:")
                         .toHtmlEscaped());
    if (campaign) {
        for (const Side &side : campaign->sides)
            html += QStringLiteral("<li><span style='color:%1'>&#9632;</span> %2</li>")
                        .arg(Side::colorOf(campaign->sides, side.id).name(),
                             Wording::sideName(*campaign, side.id, language).toHtmlEscaped());
    }
    html += QStringLiteral("<li><span style='color:%1'>&#9632;</span> %2</li></ul>")
                .arg(Side::neutralColor().name(), tr("grey: no information for that day").toHtmlEscaped());
    for (const QString &line :
         {tr("Stripes: contested. The base colour is the side that holds most; equal stripes mean that no "
             "side is known to hold most."),
          tr("How a state is known shows in the fill and the outline: solid for what the article states, "
             "lighter with a dashed outline for what follows from it, a dash-dot outline for what only "
             "the reports of the time say, pale and dotted for approximate states from reference geography."),
          tr("A white halo marks the districts that changed hands that day; a reddish-purple outline, "
             "that sources disagree (the map shows one claim, the District panel lists them all)."),
          tr("The legend on the map lists every colour and texture. Click a district for its history; "
             "drag the timeline, or press → and ←, to move a day.")})
        html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    return html;
}

void OverviewDialog::retranslate()
{
    setWindowTitle(tr("Start Here"));
    m_browser->setAccessibleName(tr("Overview of the campaign"));
    m_showAtStart->setText(tr("Show this overview at every start"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    const auto campaign = m_session->campaign();
    const QString language = m_language->language();
    QString html;
    if (!campaign) {
        html = QStringLiteral("<p>%1</p>").arg(tr("No campaign loaded.").toHtmlEscaped());
        m_browser->setHtml(html);
        return;
    }
    const bool zh = Wording::contentLanguage(language) == QLatin1String("zh");
    const QString title = campaign->title.value(Wording::contentLanguage(language));
    const QString otherTitle = zh ? campaign->title.en : campaign->title.zh;
    html += QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped());
    if (!otherTitle.isEmpty() && otherTitle != title)
        html += QStringLiteral("<p style='color:#555555'>%1</p>").arg(otherTitle.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("%1 to %2")
                         .arg(Wording::date(campaign->start, language), Wording::date(campaign->end, language))
                         .toHtmlEscaped());
    html += summaryHtml(language);
    if (!campaign->articleSource.url.isEmpty())
        html += QStringLiteral("<p>%1 <a href='%2'>%3</a></p>")
                    .arg(tr("Everything on the map and the timeline quotes the article:").toHtmlEscaped(),
                         QUrl(campaign->articleSource.url).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                         campaign->articleSource.title.toHtmlEscaped());
    html += mapHtml();
    m_browser->setHtml(html);
}
