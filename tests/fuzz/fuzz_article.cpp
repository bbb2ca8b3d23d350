// libFuzzer target: the article Markdown parser.
#include "articleparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ArticleParseResult r = ArticleParser::parse(text, QStringLiteral("fuzz.md"), 2016);
    // Offsets the parser reports must lie inside the text it describes.
    for (const Paragraph &p : r.article.paragraphs) {
        for (const FootnoteMarker &m : p.markers) {
            if (m.offset < 0 || m.offset > p.text.size())
                __builtin_trap();
        }
        for (const DateMention &d : p.dates) {
            if (d.offset < 0 || d.offset + d.length > p.text.size() || d.end < d.start)
                __builtin_trap();
        }
        for (const WikiLink &l : p.links) {
            if (l.offset < 0 || l.offset + l.length > p.text.size())
                __builtin_trap();
        }
    }
    return 0;
}
