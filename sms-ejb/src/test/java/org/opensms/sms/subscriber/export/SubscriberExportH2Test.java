package org.opensms.sms.subscriber.export;

import javax.sql.DataSource;
import org.opensms.sms.persistence.TestDatabases;

/** The export contract on H2, in memory. */
class SubscriberExportH2Test extends SubscriberExportContract {

    @Override
    protected DataSource emptySchema() {
        return TestDatabases.h2();
    }
}
