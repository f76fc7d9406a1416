package org.opensms.sms.subscriber;

import javax.sql.DataSource;
import org.opensms.sms.persistence.TestDatabases;

/** The persistence contract on a real PostgreSQL server (see {@link TestDatabases#postgresql}), in a schema of its own. */
class PostgresPersistenceTest extends SubscriberPersistenceContract {

    @Override
    protected DataSource emptySchema() throws Exception {
        return TestDatabases.postgresql("persistence_test");
    }
}
