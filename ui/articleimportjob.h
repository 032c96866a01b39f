#pragma once

#include <QString>

namespace fc {

class AppContext;

// --import-articles PATH: imports a file or a folder, prints what came in and what did not, and
// returns the exit code (1 when nothing was imported because of errors).
int runArticleImportJob(AppContext *context, const QString &path);

} // namespace fc
