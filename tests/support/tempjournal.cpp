#include "tempjournal.h"

namespace fc::test {

TempJournal::TempJournal()
{
    m_store.open(m_dir.filePath(QStringLiteral("journal.sqlite")), &m_error);
}

} // namespace fc::test
