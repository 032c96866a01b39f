#pragma once

#include <QByteArray>
#include <QString>

namespace fc {

// Writes through a temporary file in the same folder and renames it into place, so a full disk
// or a crash leaves either the old file or the new one, never half of one. The result is
// owner-only: exports hold health data.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace fc
