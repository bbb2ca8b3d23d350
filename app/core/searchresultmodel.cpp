#include "searchresultmodel.h"

#include "wording.h"

#include <algorithm>

namespace {

/// Characters of context on either side of a match in an excerpt.
constexpr int kBefore = 24;
constexpr int kAfter = 72;

/// Which of a district's texts: the order they are indexed in.
enum DistrictText { EnglishName, ChineseName, ArabicName, Id };

} // namespace

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultModel::setCampaign(std::shared_ptr<const Campaign> campaign)
{
    m_campaign = std::move(campaign);
    // Folding every text costs 11 M instructions for the embedded campaign,
    // on the way to the first frame, for a panel that starts hidden: the
    // texts are folded at the first search instead.
    m_candidates.clear();
    m_candidatesReady = false;
    search();
}

void SearchResultModel::ensureCandidates()
{
    if (m_candidatesReady)
        return;
    m_candidatesReady = true;
    if (!m_campaign)
        return;
    for (int i = 0; i < m_campaign->districts.size(); ++i) {
        const District &d = m_campaign->districts.at(i);
        // The id spells some names another way ("sheikh-kheder" for Sheikh Khodr).
        m_candidates.append(
            Candidate{ResultKind::District,
                      i,
                      {SearchText(d.name.en), SearchText(d.name.zh), SearchText(d.name.ar), SearchText(d.id)}});
    }
    for (int i = 0; i < m_campaign->events.size(); ++i) {
        const CampaignEvent &e = m_campaign->events.at(i);
        m_candidates.append(Candidate{
            ResultKind::Event, i, {SearchText(e.summary.en), SearchText(e.summary.zh), SearchText(e.citation.quote)}});
    }
    const QList<Paragraph> &paragraphs = m_campaign->article.paragraphs;
    for (int i = 0; i < paragraphs.size(); ++i)
        m_candidates.append(Candidate{ResultKind::Paragraph, i, {SearchText(paragraphs.at(i).text)}});
}

void SearchResultModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_results.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

void SearchResultModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    search();
}

void SearchResultModel::search()
{
    beginResetModel();
    m_results.clear();
    const QStringList terms = SearchText::terms(m_query);
    // No terms find nothing: the candidates are not needed yet.
    if (!terms.isEmpty())
        ensureCandidates();
    for (int c = 0; c < m_candidates.size(); ++c) {
        const Candidate &candidate = m_candidates.at(c);
        Result best;
        for (int t = 0; t < candidate.texts.size(); ++t) {
            const SearchText &text = candidate.texts.at(t);
            const SearchText::Match match = text.find(terms);
            if (!match.isValid())
                continue;
            // A name that starts with the query (after an article) before one that has it inside.
            int rank = 2;
            if (text.startsWord(match.foldedOffset)) {
                const QString before = text.folded().left(match.foldedOffset);
                rank = before.isEmpty() || before == QLatin1String("al ") || before == QLatin1String("el ") ? 0 : 1;
            }
            if (best.candidate < 0 || rank < best.rank) {
                best = Result{c, t, rank, match};
                if (rank == 0)
                    break;
            }
        }
        if (best.candidate >= 0)
            m_results.append(best);
    }
    // Events and paragraphs keep the campaign's order; districts go by rank first.
    std::stable_sort(m_results.begin(), m_results.end(), [this](const Result &a, const Result &b) {
        const ResultKind ka = m_candidates.at(a.candidate).kind;
        const ResultKind kb = m_candidates.at(b.candidate).kind;
        if (ka != kb)
            return ka < kb;
        return ka == ResultKind::District && a.rank < b.rank;
    });
    endResetModel();
}

int SearchResultModel::count(ResultKind kind) const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [this, kind](const Result &r) { return m_candidates.at(r.candidate).kind == kind; }));
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QString SearchResultModel::title(const Result &result) const
{
    const Candidate &candidate = m_candidates.at(result.candidate);
    switch (candidate.kind) {
    case ResultKind::District:
        return tr("District · %1")
            .arg(Wording::districtName(*m_campaign, m_campaign->districts.at(candidate.index).id, m_language));
    case ResultKind::Event: {
        const CampaignEvent &e = m_campaign->events.at(candidate.index);
        return tr("Event · %1").arg(Wording::date(e.date, m_language));
    }
    case ResultKind::Paragraph:
        return tr("Article · paragraph %1").arg(m_campaign->article.paragraphs.at(candidate.index).number);
    }
    return {};
}

QString SearchResultModel::snippet(const Result &result) const
{
    const Candidate &candidate = m_candidates.at(result.candidate);
    const QString &text = candidate.texts.at(result.text).original();
    // A district found by its Arabic name or its id says so; its names in the
    // interface language are in the title already.
    if (candidate.kind == ResultKind::District)
        return result.text == ArabicName || result.text == Id ? text : QString();
    const int from = qMax(0, result.match.offset - kBefore);
    const int to = qMin(int(text.size()), result.match.offset + result.match.length + kAfter);
    QString excerpt = text.mid(from, to - from).simplified();
    if (from > 0)
        excerpt.prepend(QStringLiteral("…"));
    if (to < text.size())
        excerpt.append(QStringLiteral("…"));
    return excerpt;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_campaign)
        return {};
    const Result &result = m_results.at(index.row());
    const Candidate &candidate = m_candidates.at(result.candidate);
    switch (role) {
    case Qt::DisplayRole: {
        const QString excerpt = snippet(result);
        return excerpt.isEmpty() ? title(result) : title(result) + QLatin1Char('\n') + excerpt;
    }
    case Qt::ToolTipRole:
        return candidate.texts.at(result.text).original();
    case Qt::AccessibleTextRole: {
        const QString excerpt = snippet(result);
        return excerpt.isEmpty() ? title(result) : tr("%1: %2").arg(title(result), excerpt);
    }
    case KindRole:
        return int(candidate.kind);
    case IdRole:
        switch (candidate.kind) {
        case ResultKind::District:
            return m_campaign->districts.at(candidate.index).id;
        case ResultKind::Event:
            return m_campaign->events.at(candidate.index).id;
        case ResultKind::Paragraph:
            return QString::number(m_campaign->article.paragraphs.at(candidate.index).number);
        }
        return {};
    case DateRole:
        return candidate.kind == ResultKind::Event ? m_campaign->events.at(candidate.index).date : QDate();
    case DistrictsRole:
        if (candidate.kind == ResultKind::District)
            return QStringList{m_campaign->districts.at(candidate.index).id};
        if (candidate.kind == ResultKind::Event)
            return m_campaign->events.at(candidate.index).districts;
        return QStringList();
    case ParagraphRole:
        if (candidate.kind == ResultKind::Paragraph)
            return m_campaign->article.paragraphs.at(candidate.index).number;
        if (candidate.kind == ResultKind::Event)
            return m_campaign->events.at(candidate.index).citation.paragraph;
        return 0;
    case TitleRole:
        return title(result);
    case SnippetRole:
        return snippet(result);
    case MatchedTextRole:
        return candidate.texts.at(result.text).original();
    case MatchOffsetRole:
        return result.match.offset;
    case MatchLengthRole:
        return result.match.length;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractListModel::roleNames();
    roles.insert(KindRole, "kind");
    roles.insert(IdRole, "id");
    roles.insert(DateRole, "date");
    roles.insert(DistrictsRole, "districts");
    roles.insert(ParagraphRole, "paragraph");
    roles.insert(TitleRole, "title");
    roles.insert(SnippetRole, "snippet");
    roles.insert(MatchedTextRole, "matchedText");
    roles.insert(MatchOffsetRole, "matchOffset");
    roles.insert(MatchLengthRole, "matchLength");
    return roles;
}
