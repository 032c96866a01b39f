#pragma once

#include "articles/article.h"
#include "articles/bytecodec.h"

#include <QByteArray>

namespace fc {

// An article's front matter (everything but the body and where its file is) as bytes for the
// library cache, and back. Decoding is strict: a blob from another version, or a damaged one,
// is refused and the file is parsed again instead.
void writeArticleMeta(ByteWriter &out, const Article &article);
// False when the bytes ran out or make no sense; *article is then unspecified.
bool readArticleMeta(ByteReader &in, Article *article);

// The same with a format tag in front, as one blob.
QByteArray encodeArticleMeta(const Article &article);
bool decodeArticleMeta(const QByteArray &bytes, Article *article);

} // namespace fc
