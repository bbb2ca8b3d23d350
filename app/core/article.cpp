#include "article.h"

QList<int> Paragraph::refsBetween(int from, int to) const
{
    QList<int> refs;
    for (const FootnoteMarker &m : markers) {
        if (m.offset > from && m.offset <= to && !refs.contains(m.ref))
            refs.append(m.ref);
    }
    std::sort(refs.begin(), refs.end());
    return refs;
}

const Paragraph *Article::paragraph(int number) const
{
    if (number < 1 || number > paragraphs.size())
        return nullptr;
    return &paragraphs.at(number - 1);
}

const Reference *Article::reference(int number) const
{
    for (const Reference &r : references) {
        if (r.number == number)
            return &r;
    }
    return nullptr;
}
