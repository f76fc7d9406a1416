package org.opensms.sms.audit;

import javax.sql.DataSource;
import org.opensms.sms.persistence.TestDatabases;

/** Journal seals on the PostgreSQL server, in a schema of its own. */
class PostgresJournalSealTest extends JournalSealPersistenceContract {

    @Override
    protected DataSource emptySchema() throws Exception {
        return TestDatabases.postgresql("journal_seal_test");
    }
}
