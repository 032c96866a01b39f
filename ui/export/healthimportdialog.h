#pragma once

#include "core/result.h"
#include "export/healthimport.h"

class QWidget;

namespace fc {

// Reads a wearable's export on a worker thread while a progress dialog says how far it got;
// Cancel (or Escape) stops the read, and nothing is written either way.
Expected<HealthData> readHealthExportWithProgress(const QString &path, QWidget *parent);

} // namespace fc
