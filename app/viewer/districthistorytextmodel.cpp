#include "districthistorytextmodel.h"

#include "textformat.h"
#include "wording.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace {

// Claims that assert the same state fall into one group.
QString stateKey(const ControlChange &change)
{
    return change.control + QLatin1Char('|') + change.leading + QLatin1Char('|') + change.partSide;
}

// The reddish purple of the map's "sources disagree" outline (DistrictLook).
const QString kDisputedColor = QStringLiteral("#CC79A7");

} // namespace

DistrictHistoryTextModel::DistrictHistoryTextModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void DistrictHistoryTextModel::setTimeline(std::shared_ptr<const ControlTimeline> timeline)
{
    if (timeline == m_timeline)
        return;
    m_timeline = std::move(timeline);
    reload();
}

void DistrictHistoryTextModel::setDistrict(const QString &districtId)
{
    if (districtId == m_district)
        return;
    m_district = districtId;
    reload();
}

void DistrictHistoryTextModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    refreshTexts();
}

void DistrictHistoryTextModel::refreshTexts()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DisplayRole, Qt::AccessibleTextRole, HtmlRole});
}

void DistrictHistoryTextModel::setCurrentDate(QDate date)
{
    if (date == m_date)
        return;
    m_date = date;
    const int row = rowInForce();
    if (row == m_currentRow)
        return;
    const int old = m_currentRow;
    m_currentRow = row;
    const QList<int> roles{IsCurrentRole, HtmlRole, Qt::DisplayRole, Qt::AccessibleTextRole};
    if (old >= 0)
        emit dataChanged(index(old), index(old), roles);
    if (row >= 0)
        emit dataChanged(index(row), index(row), roles);
}

const ControlChange &DistrictHistoryTextModel::change(int index) const
{
    return m_timeline->campaign()->changes.at(index);
}

void DistrictHistoryTextModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const Campaign *campaign = m_timeline ? m_timeline->campaign() : nullptr;
    const int district = campaign ? campaign->districtIndex(m_district) : -1;
    if (district >= 0) {
        const ControlChange *first = campaign->changes.constData();
        QMap<QDate, QList<int>> byDay;
        for (int c : m_timeline->history(district))
            byDay[change(c).date].append(c);
        // A disagreement starts on a day; a denial may start one on a day without a change.
        QMap<QDate, Disagreement> disputes;
        const QDate from = byDay.isEmpty() ? campaign->start : std::min(byDay.firstKey(), campaign->start);
        for (QDate day = from; day.isValid() && day <= campaign->end; day = day.addDays(1)) {
            const Disagreement d = m_timeline->disagreementAt(district, day);
            if (!d.isEmpty() && d.since == day) {
                disputes.insert(day, d);
                byDay[day];
            }
        }
        for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
            const QDate day = it.key();
            const QList<int> &changes = it.value();
            const auto dispute = disputes.constFind(day);
            if (dispute != disputes.cend()) {
                Row row;
                row.date = day;
                row.kind = Kind::Disagreement;
                row.reason = dispute->reason;
                row.shown = dispute->shown ? int(dispute->shown - first) : -1;
                QStringList keys;
                // A denial on a day without a change disputes the state in force since an earlier day.
                if (row.shown >= 0 && !changes.contains(row.shown)) {
                    keys.append(stateKey(change(row.shown)));
                    row.groups.append(Group{{row.shown}});
                }
                for (int c : changes) {
                    const int at = int(keys.indexOf(stateKey(change(c))));
                    if (at >= 0) {
                        row.groups[at].changes.append(c);
                    } else {
                        keys.append(stateKey(change(c)));
                        row.groups.append(Group{{c}});
                    }
                }
                // The article first in each group: it is the source the rest is read against.
                for (Group &g : row.groups)
                    std::stable_sort(g.changes.begin(), g.changes.end(), [this](int a, int b) {
                        return !change(a).isReported() && change(b).isReported();
                    });
                for (int g = 0; g < row.groups.size(); ++g) {
                    if (row.groups.at(g).changes.contains(row.shown)) {
                        row.groups.move(g, 0);
                        break;
                    }
                }
                for (const QPair<int, int> &denial : dispute->denials) {
                    bool listed = false;
                    for (int c : changes)
                        listed = listed || (change(c).report == denial.first && change(c).claim == denial.second);
                    if (!listed)
                        row.denials.append(denial);
                }
                m_rows.append(row);
                continue;
            }
            QHash<QString, int> reportRows;
            for (int c : changes) {
                const ControlChange &ch = change(c);
                if (!ch.isReported()) {
                    m_rows.append(Row{day, Kind::Article, {Group{{c}}}});
                    continue;
                }
                const auto found = reportRows.constFind(stateKey(ch));
                if (found != reportRows.cend()) {
                    m_rows[*found].groups[0].changes.append(c);
                } else {
                    reportRows.insert(stateKey(ch), int(m_rows.size()));
                    m_rows.append(Row{day, Kind::Reports, {Group{{c}}}});
                }
            }
        }
    }
    m_currentRow = rowInForce();
    endResetModel();
}

int DistrictHistoryTextModel::rowInForce() const
{
    if (!m_date.isValid() || m_rows.isEmpty())
        return -1;
    const Campaign *campaign = m_timeline->campaign();
    const int district = campaign->districtIndex(m_district);
    const DistrictAppearance a = m_timeline->appearanceAt(district, m_date);
    if (!a.change)
        return -1;
    const int inForce = int(a.change - campaign->changes.constData());
    const Disagreement dispute = m_timeline->disagreementAt(district, m_date);
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        const Row &row = m_rows.at(r);
        if (row.date > m_date)
            continue;
        if (!dispute.isEmpty() && row.kind == Kind::Disagreement && row.date == dispute.since)
            return r;
        for (const Group &g : row.groups) {
            if (g.changes.contains(inForce))
                return r;
        }
    }
    return -1;
}

int DistrictHistoryTextModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DistrictHistoryTextModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool current = index.row() == m_currentRow;
    switch (role) {
    case HtmlRole:
        return html(row, current);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return plainText(row, current);
    case DateRole:
        return row.date;
    case IsCurrentRole:
        return current;
    case KindRole:
        return int(row.kind);
    case ClaimsRole: {
        int claims = int(row.denials.size());
        for (const Group &g : row.groups)
            claims += int(g.changes.size());
        return claims;
    }
    case LinksRole: {
        const Campaign &campaign = *m_timeline->campaign();
        QList<int> reports;
        for (const Group &g : row.groups) {
            for (int c : g.changes) {
                if (change(c).isReported())
                    reports.append(change(c).report);
            }
        }
        for (const QPair<int, int> &d : row.denials)
            reports.append(d.first);
        QStringList links;
        for (int r : reports) {
            const QString &url = campaign.reports.at(r).url;
            if (!url.isEmpty() && !links.contains(url))
                links.append(url);
        }
        return links;
    }
    default:
        return {};
    }
}

QString DistrictHistoryTextModel::changeHtml(int index) const
{
    const Campaign &campaign = *m_timeline->campaign();
    const ControlChange &c = change(index);
    if (c.isReported()) {
        QString html = TextFormat::claimHtml(campaign, c.report, c.claim, m_language);
        return html;
    }
    QString html;
    if (!c.sources.isEmpty()) {
        const Citation &source = c.sources.first();
        QStringList refs;
        for (const Citation &s : c.sources) {
            for (int r : s.refs) {
                const QString ref = QStringLiteral("[%1]").arg(r);
                if (!refs.contains(ref))
                    refs.append(ref);
            }
        }
        html += QStringLiteral("<div lang='zh-Hant'>「%1」<sup>%2</sup> <span style='color:gray'>%3</span></div>")
                    .arg(source.quote.toHtmlEscaped(), refs.join(QString()),
                         tr("(paragraph %1)").arg(source.paragraph).toHtmlEscaped());
        // The sentence in English under it, as On this date gives it.
        const QString summary = englishSummary(c);
        if (!summary.isEmpty())
            html += QStringLiteral("<div lang='en' style='color:#4A4A4A'>%1</div>").arg(summary.toHtmlEscaped());
    } else {
        html += QStringLiteral("<div style='color:gray'>%1</div>")
                    .arg(tr("No sentence of the article states this.").toHtmlEscaped());
    }
    const QString note = c.note.value(Wording::contentLanguage(m_language));
    if (!note.isEmpty())
        html += QStringLiteral("<div style='color:#555555'>%1 %2</div>")
                    .arg(tr("Note:").toHtmlEscaped(), note.toHtmlEscaped());
    return html;
}

QString DistrictHistoryTextModel::changeText(int index) const
{
    const Campaign &campaign = *m_timeline->campaign();
    const ControlChange &c = change(index);
    if (c.isReported())
        return TextFormat::claimText(campaign, c.report, c.claim, m_language);
    QStringList parts;
    if (!c.sources.isEmpty())
        parts.append(QStringLiteral("「%1」").arg(c.sources.first().quote));
    const QString summary = englishSummary(c);
    if (!summary.isEmpty())
        parts.append(summary);
    const QString note = c.note.value(Wording::contentLanguage(m_language));
    if (!note.isEmpty())
        parts.append(tr("Note: %1").arg(note));
    return parts.join(QStringLiteral(" · "));
}

QString DistrictHistoryTextModel::englishSummary(const ControlChange &change) const
{
    if (change.sources.isEmpty())
        return {};
    const Campaign &campaign = *m_timeline->campaign();
    // The event that quotes the same sentence; the change's own event when none does.
    const Citation &source = change.sources.first();
    for (const CampaignEvent &e : campaign.events) {
        if (e.citation.paragraph == source.paragraph && e.citation.quote == source.quote)
            return e.summary.en;
    }
    const CampaignEvent *event = change.event.isEmpty() ? nullptr : campaign.event(change.event);
    return event ? event->summary.en : QString();
}

QString DistrictHistoryTextModel::controlWords(const ControlChange &change) const
{
    const QString control = Wording::control(*m_timeline->campaign(), change.control, change.leading, m_language);
    if (change.partSide.isEmpty())
        return control;
    return tr("%1 (part of it taken by %2)")
        .arg(control, Wording::sideName(*m_timeline->campaign(), change.partSide, m_language));
}

QString DistrictHistoryTextModel::sourceName(int index) const
{
    const ControlChange &c = change(index);
    if (!c.isReported())
        return Wording::source(*m_timeline->campaign(), c, m_language);
    const Report &r = m_timeline->campaign()->reports.at(c.report);
    return r.attribution(r.claims.at(c.claim));
}

QString DistrictHistoryTextModel::groupHeading(const Group &group) const
{
    const ControlChange &c = change(group.changes.first());
    int reports = 0;
    for (int i : group.changes)
        reports += change(i).isReported() ? 1 : 0;
    const bool article = reports < group.changes.size();
    QString who;
    if (article && reports == 0)
        who = tr("the article");
    else if (article)
        who = reports == 1 ? tr("the article and 1 report") : tr("the article and %1 reports").arg(reports);
    else
        who = reports == 1 ? tr("1 report") : tr("%1 reports").arg(reports);
    return tr("%1, says %2").arg(controlWords(c), who);
}

QString DistrictHistoryTextModel::html(const Row &row, bool current) const
{
    const Campaign &campaign = *m_timeline->campaign();
    const ControlChange &head = change(
        row.kind == Kind::Disagreement && row.shown >= 0 ? row.shown : row.groups.first().changes.first());
    QString title;
    if (row.kind == Kind::Disagreement) {
        title = QStringLiteral("<span style='color:%1'>&#9646;</span> <b>%2</b>")
                    .arg(kDisputedColor, Wording::sourcesDisagree().toHtmlEscaped());
    } else {
        title = QStringLiteral("<span style='color:%1'>&#9632;</span> <b>%2</b>")
                    .arg(TextFormat::controlColor(campaign, head.control, head.leading).name(),
                         controlWords(head).toHtmlEscaped());
    }
    QString html = QStringLiteral(
                       "<table width='100%' cellspacing='0' cellpadding='0'><tr><td><b>%1</b> &nbsp; %2</td>")
                       .arg(row.date.toString(Qt::ISODate), title);
    if (current)
        html += QStringLiteral("<td align='right'><b>%1</b></td>").arg(tr("◀ in force").toHtmlEscaped());
    html += QStringLiteral("</tr></table>");

    switch (row.kind) {
    case Kind::Article:
        html += QStringLiteral("<div>%1 <i>%2</i></div>")
                    .arg(tr("Basis:").toHtmlEscaped(), Wording::basis(head.basis).toHtmlEscaped());
        html += changeHtml(row.groups.first().changes.first());
        break;
    case Kind::Reports: {
        const QList<int> &changes = row.groups.first().changes;
        const QString agree = changes.size() == 1 ? tr("A report, not in the article:")
                                                  : tr("%1 reports agree, not in the article:").arg(changes.size());
        html += QStringLiteral("<div><i>%1</i></div>").arg(agree.toHtmlEscaped());
        for (int c : changes)
            html += QStringLiteral("<p style='margin-top:3px; margin-bottom:0'>%1</p>").arg(changeHtml(c));
        break;
    }
    case Kind::Disagreement: {
        // The claims side by side first (who says what, which one the map
        // shows), then each claim with its words and link, in the same order.
        QString pair = QStringLiteral(
            "<table width='100%' cellspacing='2' cellpadding='4' style='margin-top:4px'><tr>");
        const int width = 100 / int(row.groups.size() + (row.denials.isEmpty() ? 0 : 1));
        for (const Group &group : row.groups) {
            const ControlChange &c = change(group.changes.first());
            const bool shown = group.changes.contains(row.shown);
            QStringList who;
            for (int i : group.changes)
                who.append(sourceName(i));
            pair += QStringLiteral("<td width='%1%' valign='top' bgcolor='%2'><b>%3</b><br>"
                                   "<span style='color:%4'>&#9632;</span> %5<br><small>%6</small></td>")
                        .arg(QString::number(width), shown ? QStringLiteral("#F6E4EE") : QStringLiteral("#EEEEEE"),
                             (shown ? tr("Shown on the map") : tr("Not shown")).toHtmlEscaped(),
                             TextFormat::controlColor(campaign, c.control, c.leading).name(),
                             controlWords(c).toHtmlEscaped(), who.join(QStringLiteral("; ")).toHtmlEscaped());
        }
        if (!row.denials.isEmpty()) {
            QStringList who;
            for (const QPair<int, int> &d : row.denials) {
                const Report &r = campaign.reports.at(d.first);
                who.append(r.attribution(r.claims.at(d.second)));
            }
            pair += QStringLiteral("<td width='%1%' valign='top' bgcolor='#EEEEEE'><b>%2</b><br><small>%3</small></td>")
                        .arg(QString::number(width), tr("Denied by").toHtmlEscaped(),
                             who.join(QStringLiteral("; ")).toHtmlEscaped());
        }
        // Why the map shows that claim comes first: the columns below can be long.
        html += QStringLiteral("<div><i>%1</i></div>").arg(Wording::disagreementReason(row.reason).toHtmlEscaped());
        html += pair + QStringLiteral("</tr></table>");

        for (const Group &group : row.groups) {
            const ControlChange &c = change(group.changes.first());
            const bool shown = group.changes.contains(row.shown);
            QString cell = QStringLiteral("<b>%1</b> · <span style='color:%2'>&#9632;</span> %3")
                               .arg((shown ? tr("Shown on the map") : tr("Not shown")).toHtmlEscaped(),
                                    TextFormat::controlColor(campaign, c.control, c.leading).name(),
                                    groupHeading(group).toHtmlEscaped());
            if (shown && change(row.shown).date < row.date)
                cell += QStringLiteral("<br><span style='color:gray'>%1</span>")
                            .arg(tr("In force since %1.")
                                     .arg(Wording::date(change(row.shown).date, m_language))
                                     .toHtmlEscaped());
            for (int i : group.changes)
                cell += QStringLiteral("<p style='margin-top:3px; margin-bottom:0'>%1</p>").arg(changeHtml(i));
            // A bar (reddish purple for the claim the map shows) keeps each claim's details together.
            html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' style='margin-top:4px'><tr>"
                                   "<td width='4' bgcolor='%1'></td><td>%2</td></tr></table>")
                        .arg(shown ? kDisputedColor : QStringLiteral("#BBBBBB"), cell);
        }
        if (!row.denials.isEmpty()) {
            QString cell = QStringLiteral("<b>%1</b>").arg(tr("Denied by:").toHtmlEscaped());
            for (const QPair<int, int> &d : row.denials)
                cell += QStringLiteral("<p style='margin-top:3px; margin-bottom:0'>%1</p>")
                            .arg(TextFormat::claimHtml(campaign, d.first, d.second, m_language));
            html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' style='margin-top:4px'><tr>"
                                   "<td width='4' bgcolor='#BBBBBB'></td><td>%1</td></tr></table>")
                        .arg(cell);
        }
        break;
    }
    }
    return html;
}

QString DistrictHistoryTextModel::plainText(const Row &row, bool current) const
{
    const Campaign &campaign = *m_timeline->campaign();
    QStringList parts;
    parts.append(row.date.toString(Qt::ISODate));
    if (current)
        parts.append(tr("in force"));
    switch (row.kind) {
    case Kind::Article: {
        const int c = row.groups.first().changes.first();
        parts.append(controlWords(change(c)));
        parts.append(tr("Basis: %1").arg(Wording::basis(change(c).basis)));
        const QString text = changeText(c);
        if (!text.isEmpty())
            parts.append(text);
        break;
    }
    case Kind::Reports: {
        const QList<int> &changes = row.groups.first().changes;
        parts.append(controlWords(change(changes.first())));
        parts.append(changes.size() == 1 ? tr("A report, not in the article")
                                         : tr("%1 reports agree, not in the article").arg(changes.size()));
        for (int c : changes)
            parts.append(changeText(c));
        break;
    }
    case Kind::Disagreement:
        parts.append(Wording::sourcesDisagree());
        parts.append(Wording::disagreementReason(row.reason));
        for (const Group &group : row.groups) {
            parts.append(tr("%1: %2").arg(group.changes.contains(row.shown) ? tr("Shown on the map") : tr("Not shown"),
                                          groupHeading(group)));
            for (int c : group.changes)
                parts.append(changeText(c));
        }
        for (const QPair<int, int> &d : row.denials)
            parts.append(tr("Denied by %1").arg(TextFormat::claimText(campaign, d.first, d.second, m_language)));
        break;
    }
    return parts.join(QStringLiteral(" · "));
}
