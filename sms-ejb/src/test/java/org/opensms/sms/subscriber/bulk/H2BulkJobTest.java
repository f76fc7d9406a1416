package org.opensms.sms.subscriber.bulk;

import javax.sql.DataSource;
import org.opensms.sms.persistence.TestDatabases;

/** The bulk job contract on H2, in memory. */
class H2BulkJobTest extends BulkJobPersistenceContract {

    @Override
    protected DataSource emptySchema() {
        return TestDatabases.h2();
    }
}
