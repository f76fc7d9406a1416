package org.opensms.sms.subscriber;

import javax.sql.DataSource;
import org.opensms.sms.persistence.TestDatabases;

/** The persistence contract on H2, the embedded default database, in memory. */
class H2PersistenceTest extends SubscriberPersistenceContract {

    @Override
    protected DataSource emptySchema() {
        return TestDatabases.h2();
    }
}
