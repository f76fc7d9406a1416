package org.opensms.sms.subscriber.bulk;

import javax.sql.DataSource;
import org.opensms.sms.persistence.TestDatabases;

/** The bulk job contract on the PostgreSQL server, in a schema of its own. */
class PostgresBulkJobTest extends BulkJobPersistenceContract {

    @Override
    protected DataSource emptySchema() throws Exception {
        return TestDatabases.postgresql("bulk_job_test");
    }
}
