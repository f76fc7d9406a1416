package org.opensms.sms.pairing;

import javax.sql.DataSource;
import org.opensms.sms.persistence.TestDatabases;

/** The pairing contract on the PostgreSQL server, in a schema of its own. */
class PostgresPairingTest extends PairingPersistenceContract {

    @Override
    protected DataSource emptySchema() throws Exception {
        return TestDatabases.postgresql("pairing_test");
    }
}
