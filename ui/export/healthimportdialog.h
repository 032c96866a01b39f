#pragma once

#include "core/result.h"
#include "export/healthimport.h"

#include <functional>

class QWidget;

namespace fc {

// Reads a wearable's export on a worker thread while a progress dialog says how far it got;
// Cancel (or Escape) stops the read, and nothing is written either way.
Expected<HealthData> readHealthExportWithProgress(const QString &path, QWidget *parent);

// The same with another reader in place of HealthImport::read, so a test can hold the read at
// a point of its choosing.
using HealthReader =
    std::function<Expected<HealthData>(const QString &path, const HealthImport::Progress &)>;
Expected<HealthData> readHealthExportWithProgress(const QString &path, QWidget *parent,
                                                  const HealthReader &read);

} // namespace fc
