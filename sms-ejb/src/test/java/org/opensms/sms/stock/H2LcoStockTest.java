package org.opensms.sms.stock;

import javax.sql.DataSource;
import org.opensms.sms.persistence.TestDatabases;

/** The LCO and stock contract on H2, in memory. */
class H2LcoStockTest extends LcoStockPersistenceContract {

    @Override
    protected DataSource emptySchema() {
        return TestDatabases.h2();
    }
}
