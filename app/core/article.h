#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

/// A footnote marker `\[n\]` at a position of a paragraph's plain text.
struct FootnoteMarker
{
    int ref = 0;
    int offset = 0; ///< plain-text offset of the character that follows the marker
};

/// A wiki link `[text](url "title")`; the text stays in the plain text.
struct WikiLink
{
    QString text;
    QString url;
    QString title; ///< "wikilink" for internal links
    int offset = 0;
    int length = 0;
};

/// A Chinese date (`9月23日`) or range (`9月19日至27日`) found in a paragraph.
struct DateMention
{
    QDate start;
    QDate end; ///< equals start for a single day
    int offset = 0;
    int length = 0;
};

/// A body paragraph: its source Markdown and its plain text.
struct Paragraph
{
    int number = 0;   ///< 1-based, in document order
    int section = -1; ///< index into Article::sections, -1 before the first heading
    int line = 0;     ///< 1-based source line where it starts
    QString markdown;
    QString text; ///< links resolved to their text, markers and emphasis removed
    QList<FootnoteMarker> markers;
    QList<WikiLink> links;
    QList<DateMention> dates;

    /// Reference numbers of markers in (from, to]: inside a span or right after it.
    QList<int> refsBetween(int from, int to) const;
};

/// A `## heading` and the body paragraphs under it.
struct Section
{
    QString heading;
    int line = 0;
};

/// An image line `[file.svg](url "fig:...")`.
struct ArticleImage
{
    QString file;
    QString url;
    int line = 0;
    int section = -1;
};

/// An entry of the numbered reference list. Many entries are empty in the copy.
struct Reference
{
    int number = 0;
    int line = 0;
    QString text;  ///< the whole entry as plain text; empty when the copy has none
    QString title; ///< link text, or the plain text when there is no link
    QString url;

    bool isEmpty() const { return text.isEmpty(); }
};

/// A parsed article: the campaign's cited source.
struct Article
{
    QString markdown;
    QList<Section> sections;
    QList<Paragraph> paragraphs;
    QList<ArticleImage> images;
    QStringList categories;
    QList<Reference> references;

    /// Paragraph @p number (1-based), or nullptr.
    const Paragraph *paragraph(int number) const;
    /// Reference @p number, or nullptr.
    const Reference *reference(int number) const;
};
