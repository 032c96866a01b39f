#include "tempjournal.h"

namespace fc::test {

TempJournal::TempJournal()
{
    m_error = m_store.open(m_dir.filePath(QStringLiteral("journal.sqlite"))).message();
}

} // namespace fc::test
