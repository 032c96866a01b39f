#pragma once

#include "journal/journalstore.h"
#include "testsupport.h"

namespace fc::test {

// A journal opened in a fresh temporary folder, for the core tests of the stores. Check
// isOpen() (the test fails with error() when the journal could not be opened).
class TempJournal
{
public:
    TempJournal();

    bool isOpen() const { return m_store.isOpen(); }
    QString error() const { return m_error; }
    JournalStore &store() { return m_store; }
    QString folder() const { return m_dir.path(); }

private:
    TempDataDir m_dir;
    JournalStore m_store;
    QString m_error;
};

} // namespace fc::test
