// YAML and TOML front matter from any file a user imports.
#include "articles/frontmatter.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fc::fuzz::quietLogging();
    const QString text = QString::fromUtf8(fc::fuzz::bytes(data, size));
    fc::FrontMatterError error;
    const std::optional<fc::FrontMatter> fm = fc::parseFrontMatter(text, &error);
    if (!fm) {
        // Bad input must always come back with a message that names a line.
        if (error.message.isEmpty())
            fc::fuzz::violated("front matter error without a message");
        if (error.line < 1 || error.line > text.count(u'\n') + 1)
            fc::fuzz::violated("front matter error line outside the file");
        return 0;
    }
    if (!text.endsWith(fm->body))
        fc::fuzz::violated("body is not the end of the file");
    if (fm->bodyFirstLine < 1 || fm->bodyFirstLine > text.count(u'\n') + 2)
        fc::fuzz::violated("body starts outside the file");
    return 0;
}
