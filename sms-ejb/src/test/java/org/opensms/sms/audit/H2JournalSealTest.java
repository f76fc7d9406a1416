package org.opensms.sms.audit;

import javax.sql.DataSource;
import org.opensms.sms.persistence.TestDatabases;

/** Journal seals on H2, in memory. */
class H2JournalSealTest extends JournalSealPersistenceContract {

    @Override
    protected DataSource emptySchema() {
        return TestDatabases.h2();
    }
}
