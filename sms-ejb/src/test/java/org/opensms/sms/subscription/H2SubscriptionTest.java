package org.opensms.sms.subscription;

import javax.sql.DataSource;
import org.opensms.sms.persistence.TestDatabases;

/** The catalog and subscription contract on H2, in memory. */
class H2SubscriptionTest extends SubscriptionPersistenceContract {

    @Override
    protected DataSource emptySchema() {
        return TestDatabases.h2();
    }
}
