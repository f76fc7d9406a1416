package org.opensms.sms.cas;

import javax.sql.DataSource;
import org.opensms.sms.persistence.TestDatabases;

/** The CAS journal contract on H2, in memory. */
class H2CasJournalTest extends CasJournalPersistenceContract {

    @Override
    protected DataSource emptySchema() {
        return TestDatabases.h2();
    }
}
