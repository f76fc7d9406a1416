package org.opensms.sms.pairing;

import javax.sql.DataSource;
import org.opensms.sms.persistence.TestDatabases;

/** The pairing contract on H2, in memory. */
class H2PairingTest extends PairingPersistenceContract {

    @Override
    protected DataSource emptySchema() {
        return TestDatabases.h2();
    }
}
