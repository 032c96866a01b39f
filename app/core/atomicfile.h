#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace fc {

// Files that hold health data: read and written by their owner only.
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Writes through a temporary file in the same folder and renames it into place, so a full disk
// or a crash leaves either the old file or the new one, never half of one. The result is
// owner-only: exports hold health data.
Result writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace fc
