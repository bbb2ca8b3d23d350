#pragma once

#include "campaign.h"

#include <QDialog>

#include <memory>

class LinkPolicy;
class QDialogButtonBox;
class QTextBrowser;

/// Help › About: version, the article's CC BY-SA attribution and the map's caveats.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(LinkPolicy *links, QWidget *parent = nullptr);

    void setCampaign(std::shared_ptr<const Campaign> campaign);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    LinkPolicy *m_links = nullptr;
    std::shared_ptr<const Campaign> m_campaign;
    QTextBrowser *m_browser = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
