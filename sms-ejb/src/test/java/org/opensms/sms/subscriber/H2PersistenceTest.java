package org.opensms.sms.subscriber;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The persistence contract on H2, the embedded default database, in memory. */
class H2PersistenceTest extends SubscriberPersistenceContract {

    @Override
    protected DataSource emptySchema() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:persistence-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return ds;
    }
}
