package org.opensms.sms.stock;

import javax.sql.DataSource;
import org.opensms.sms.persistence.TestDatabases;

/** The LCO and stock contract on the PostgreSQL server, in a schema of its own. */
class PostgresLcoStockTest extends LcoStockPersistenceContract {

    @Override
    protected DataSource emptySchema() throws Exception {
        return TestDatabases.postgresql("lco_stock_test");
    }
}
