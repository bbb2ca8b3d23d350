#pragma once

#include <QMenu>
#include <QPointer>

class EventFilterProxyModel;

/**
 * View › Event Kinds: one checkable entry per kind the campaign's events use
 * (checked: shown), and Show All Kinds. It and the timeline's legend change
 * the same EventFilterProxyModel, and each follows the other.
 */
class EventKindMenu : public QMenu
{
    Q_OBJECT

public:
    explicit EventKindMenu(EventFilterProxyModel *filter, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateChecks();
    void retranslate();

    QPointer<EventFilterProxyModel> m_filter;
    QAction *m_showAll = nullptr;
};
