#include "eventkindmenu.h"

#include "eventfilterproxymodel.h"
#include "eventkindstyle.h"
#include "eventlistmodel.h"

#include <QEvent>
#include <QPainter>
#include <QPixmap>

namespace {

/// A swatch of the kind's tick colour, as in the legend.
QIcon swatch(EventKind kind)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QColor colour = EventKindStyle::color(kind);
    painter.setPen(colour.darker(140));
    painter.setBrush(colour);
    painter.drawRect(QRect(2, 2, 11, 11));
    return QIcon(pixmap);
}

} // namespace

EventKindMenu::EventKindMenu(EventFilterProxyModel *filter, QWidget *parent)
    : QMenu(parent)
    , m_filter(filter)
{
    setObjectName(QStringLiteral("eventKindMenu"));
    if (m_filter) {
        connect(m_filter, &EventFilterProxyModel::hiddenKindsChanged, this, &EventKindMenu::updateChecks);
        // Another campaign may use other kinds.
        connect(m_filter, &QAbstractItemModel::modelReset, this, &EventKindMenu::rebuild);
        connect(m_filter, &QAbstractProxyModel::sourceModelChanged, this, &EventKindMenu::rebuild);
    }
    rebuild();
}

void EventKindMenu::rebuild()
{
    clear();
    QList<EventKind> used;
    const QAbstractItemModel *events = m_filter ? m_filter->sourceModel() : nullptr;
    for (int row = 0; events && row < events->rowCount(); ++row) {
        EventKind kind = EventKind::Statement;
        if (eventKindFromName(events->index(row, 0).data(EventListModel::KindRole).toString(), &kind)
            && !used.contains(kind))
            used.append(kind);
    }
    for (EventKind kind : allEventKinds()) {
        if (!used.contains(kind))
            continue;
        QAction *action = addAction(swatch(kind), QString());
        action->setObjectName(QStringLiteral("actionEventKind-") + eventKindName(kind));
        action->setData(int(kind));
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this, kind](bool shown) {
            if (m_filter)
                m_filter->setKindShown(kind, shown);
        });
    }
    addSeparator();
    m_showAll = addAction(QString());
    m_showAll->setObjectName(QStringLiteral("actionShowAllEventKinds"));
    connect(m_showAll, &QAction::triggered, this, [this] {
        if (m_filter)
            m_filter->setHiddenKinds({});
    });
    retranslate();
    updateChecks();
}

void EventKindMenu::updateChecks()
{
    for (QAction *action : actions()) {
        if (!action->isCheckable())
            continue;
        const auto kind = EventKind(action->data().toInt());
        const bool shown = !m_filter || m_filter->isKindShown(kind);
        if (action->isChecked() != shown)
            action->setChecked(shown);
    }
    if (m_showAll)
        m_showAll->setEnabled(m_filter && !m_filter->hiddenKinds().isEmpty());
}

void EventKindMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void EventKindMenu::retranslate()
{
    setTitle(tr("Event &Kinds"));
    setToolTipsVisible(true);
    for (QAction *action : actions()) {
        if (action->isCheckable()) {
            action->setText(EventKindStyle::displayName(EventKind(action->data().toInt())));
            action->setToolTip(tr("Show this kind's events on the timeline"));
        }
    }
    if (m_showAll)
        m_showAll->setText(tr("Show &All Kinds"));
}
