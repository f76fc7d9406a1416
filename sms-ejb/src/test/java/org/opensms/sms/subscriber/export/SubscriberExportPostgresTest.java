package org.opensms.sms.subscriber.export;

import javax.sql.DataSource;
import org.opensms.sms.persistence.TestDatabases;

/** The export contract on a real PostgreSQL server (see {@link TestDatabases#postgresql}), in a schema of its own. */
class SubscriberExportPostgresTest extends SubscriberExportContract {

    @Override
    protected DataSource emptySchema() throws Exception {
        return TestDatabases.postgresql("export_test");
    }
}
