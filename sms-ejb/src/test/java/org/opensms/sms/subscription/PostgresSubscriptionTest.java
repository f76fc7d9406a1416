package org.opensms.sms.subscription;

import javax.sql.DataSource;
import org.opensms.sms.persistence.TestDatabases;

/** The catalog and subscription contract on PostgreSQL. */
class PostgresSubscriptionTest extends SubscriptionPersistenceContract {

    @Override
    protected DataSource emptySchema() throws Exception {
        return TestDatabases.postgresql("subscription");
    }
}
