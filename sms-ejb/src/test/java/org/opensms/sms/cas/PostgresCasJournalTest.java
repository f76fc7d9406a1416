package org.opensms.sms.cas;

import javax.sql.DataSource;
import org.opensms.sms.persistence.TestDatabases;

/** The CAS journal contract on the PostgreSQL server, in a schema of its own. */
class PostgresCasJournalTest extends CasJournalPersistenceContract {

    @Override
    protected DataSource emptySchema() throws Exception {
        return TestDatabases.postgresql("cas_journal_test");
    }
}
