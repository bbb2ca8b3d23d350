#include "searchpanel.h"

#include "article.h"
#include "searchresultdelegate.h"
#include "searchresultmodel.h"
#include "symbolicon.h"
#include "viewersession.h"

#include <QAction>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

SearchPanel::SearchPanel(ViewerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SearchResultModel(this))
    , m_label(new QLabel(this))
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    m_field->setObjectName(QStringLiteral("searchField"));
    // The field's own clear button, drawn: QLineEdit's asks the icon theme
    // for it, a 5 ms look-up at start-up for a panel that starts hidden.
    m_clear = m_field->addAction(SymbolIconEngine::icon(SymbolIconEngine::Symbol::Clear), QLineEdit::TrailingPosition);
    m_clear->setObjectName(QStringLiteral("searchClearAction"));
    m_clear->setVisible(false);
    connect(m_clear, &QAction::triggered, m_field, &QLineEdit::clear);
    connect(m_field, &QLineEdit::textChanged, m_clear,
            [this](const QString &text) { m_clear->setVisible(!text.isEmpty()); });
    m_label->setBuddy(m_field);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("searchResults"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SearchResultDelegate(m_list));
    // Rows are as tall as their excerpts, and re-measured when the panel is resized.
    m_list->setResizeMode(QListView::Adjust);
    m_list->setAlternatingRowColors(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_label);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);

    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textChanged, m_model, &SearchResultModel::setQuery);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SearchPanel::updateStatus);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        activate(current.isValid() ? current : m_model->index(0, 0));
    });
    // Enter and a double click (a single click where the style says so).
    connect(m_list, &QAbstractItemView::activated, this, &SearchPanel::activate);
    connect(m_session, &ViewerSession::campaignChanged, this, [this] { m_model->setCampaign(m_session->campaign()); });
    m_model->setCampaign(m_session->campaign());
    retranslate();
}

void SearchPanel::setLanguage(const QString &language)
{
    m_model->setLanguage(language);
}

void SearchPanel::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

QString SearchPanel::statusText() const
{
    return m_status->text();
}

void SearchPanel::activate(const QModelIndex &index)
{
    if (!index.isValid() || index.model() != m_model)
        return;
    m_list->setCurrentIndex(index);
    const auto kind = SearchResultModel::ResultKind(index.data(SearchResultModel::KindRole).toInt());
    switch (kind) {
    case SearchResultModel::ResultKind::District:
        emit districtRequested(index.data(SearchResultModel::IdRole).toString());
        break;
    case SearchResultModel::ResultKind::Event:
        m_session->setCurrentDate(index.data(SearchResultModel::DateRole).toDate());
        m_session->setHighlightedDistricts(index.data(SearchResultModel::DistrictsRole).toStringList());
        emit eventRequested(index.data(SearchResultModel::IdRole).toString());
        break;
    case SearchResultModel::ResultKind::Paragraph:
        emit paragraphRequested(index.data(SearchResultModel::ParagraphRole).toInt(),
                                index.data(SearchResultModel::MatchOffsetRole).toInt(),
                                index.data(SearchResultModel::MatchLengthRole).toInt());
        break;
    }
}

bool SearchPanel::revealInArticle(QTextBrowser *browser, const Paragraph &paragraph, int offset, int length)
{
    if (!browser || offset < 0 || offset >= paragraph.text.size())
        return false;
    // The document shows the paragraph with its footnote markers ("[12]") put
    // in: look for the text from the match to the next marker, which is long
    // enough to be found once and has no marker inside.
    int stop = int(paragraph.text.size());
    for (const FootnoteMarker &marker : paragraph.markers) {
        if (marker.offset > offset)
            stop = qMin(stop, marker.offset);
    }
    const QString needle = paragraph.text.mid(offset, qMax(1, qMin(stop, offset + qMax(length, 40)) - offset));
    QTextCursor found = browser->document()->find(needle, 0, QTextDocument::FindCaseSensitively);
    if (found.isNull())
        found = browser->document()->find(paragraph.text.mid(offset, length), 0, QTextDocument::FindCaseSensitively);
    if (found.isNull())
        return false;
    QTextCursor selection(browser->document());
    selection.setPosition(found.selectionStart());
    selection.setPosition(found.selectionStart() + qMin(length, int(needle.size())), QTextCursor::KeepAnchor);
    browser->setTextCursor(selection);
    // A quarter down the view rather than on its edge, as the panel scrolls to a day's sentence.
    const QRect at = browser->cursorRect(selection);
    QScrollBar *bar = browser->verticalScrollBar();
    bar->setValue(bar->value() + at.top() - browser->viewport()->height() / 4);
    return true;
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_model->rowCount() > 0) {
            m_list->setFocus(Qt::TabFocusReason);
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SearchPanel::retranslate()
{
    setWindowTitle(tr("Search"));
    setAccessibleName(tr("Search"));
    m_label->setText(tr("&Find districts, events and article text:"));
    m_field->setAccessibleName(tr("Search for"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the search"));
    m_field->setPlaceholderText(tr("Hanano, 哈納諾, هنانو, ceasefire…"));
    m_list->setAccessibleName(tr("Search results"));
    m_list->setAccessibleDescription(tr("Enter goes to the result: a district is selected, an event's date shown, "
                                        "a paragraph shown in the Article panel."));
    updateStatus();
}

void SearchPanel::updateStatus()
{
    if (SearchText::terms(m_model->query()).isEmpty()) {
        m_status->setText(tr("Type a district's name (English, Chinese or Arabic), a word of an event or of the "
                             "article; Down goes to the results, Enter to the first one."));
    } else if (m_model->rowCount() == 0) {
        m_status->setText(tr("Nothing found for “%1”.").arg(m_model->query().trimmed()));
    } else {
        using Kind = SearchResultModel::ResultKind;
        m_status->setText(tr("Districts: %1 · Events: %2 · Article paragraphs: %3")
                              .arg(m_model->count(Kind::District))
                              .arg(m_model->count(Kind::Event))
                              .arg(m_model->count(Kind::Paragraph)));
    }
    m_status->setAccessibleName(m_status->text());
}
