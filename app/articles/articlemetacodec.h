#pragma once

#include "articles/article.h"

#include <QByteArray>

namespace fc {

// An article's front matter (everything but the body and where its file is) as bytes for the
// library cache, and back. Decoding is strict: a blob from another version, or a damaged one,
// is refused and the file is parsed again instead.
QByteArray encodeArticleMeta(const Article &article);
bool decodeArticleMeta(const QByteArray &bytes, Article *article);

} // namespace fc
