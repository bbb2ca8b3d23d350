#include "aboutdialog.h"

#include "linkpolicy.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

AboutDialog::AboutDialog(LinkPolicy *links, QWidget *parent)
    : QDialog(parent)
    , m_links(links)
    , m_browser(new QTextBrowser(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_browser->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_buttons);
    resize(620, 560);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browser, &QTextBrowser::anchorClicked, m_links, &LinkPolicy::open);
    retranslate();
}

void AboutDialog::setCampaign(std::shared_ptr<const Campaign> campaign)
{
    m_campaign = std::move(campaign);
    retranslate();
}

QString AboutDialog::text() const
{
    return m_browser->toPlainText();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Aleppo Atlas"));
    m_browser->setAccessibleName(tr("About Aleppo Atlas"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Aleppo Atlas %1").arg(QStringLiteral(ATLAS_VERSION)).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("An interactive timeline and map of the September–December 2016 Aleppo offensive, "
                        "built on the Traditional-Chinese Wikipedia article about it. Every event and change "
                        "of control quotes the article verbatim, with its paragraph and footnotes.")
                         .toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3>").arg(tr("The article").toHtmlEscaped());
    if (m_campaign) {
        const ArticleSource &s = m_campaign->articleSource;
        html += QStringLiteral("<p lang='zh-Hant'><b>%1</b><br><a href='%2'>%3</a></p>")
                    .arg(s.title.toHtmlEscaped(), QUrl(s.url).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                         s.url.toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(tr("Licence: %1").arg(s.license).toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(s.attribution.toHtmlEscaped());
        html += QStringLiteral("<p><a href='https://creativecommons.org/licenses/by-sa/4.0/'>%1</a></p>")
                    .arg(tr("Creative Commons Attribution-ShareAlike 4.0").toHtmlEscaped());
    } else {
        html += QStringLiteral("<p>%1</p>").arg(tr("No campaign loaded.").toHtmlEscaped());
    }
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("About the map").toHtmlEscaped());
    for (const QString &caveat :
         {tr("District boundaries are approximate cells around public centroids, not surveyed borders."),
          tr("Control follows the article. Where the article is silent, the state is inferred from it and "
             "marked as such; the front line on 19 September for districts the article does not name comes "
             "from reference geography and is marked approximate."),
          tr("Many entries of the article's reference list are empty in this copy; they are shown as empty "
             "rather than replaced by invented sources.")})
        html += QStringLiteral("<li>%1</li>").arg(caveat.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_browser->setHtml(html);
}
