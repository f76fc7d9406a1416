package org.opensms.sms.subscriber;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The persistence contract on a real PostgreSQL server: by default the one at 127.0.0.1:5432, user
 * postgres, database sms_test (created if missing); override with -Dsms.test.pg.host/port/user/password/database.
 * Each run starts from an empty schema of its own.
 */
class PostgresPersistenceTest extends SubscriberPersistenceContract {

    @Override
    protected DataSource emptySchema() throws Exception {
        String database = System.getProperty("sms.test.pg.database", "sms_test");
        PGSimpleDataSource admin = dataSource("postgres");
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            var rs = st.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!rs.next()) {
                st.execute("create database " + database);
            }
        }
        PGSimpleDataSource ds = dataSource(database);
        String schema = "persistence_test_" + ProcessHandle.current().pid();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("drop schema if exists " + schema + " cascade");
            st.execute("create schema " + schema);
        }
        ds.setCurrentSchema(schema);
        return ds;
    }

    private static PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {System.getProperty("sms.test.pg.host", "127.0.0.1")});
        ds.setPortNumbers(new int[] {Integer.getInteger("sms.test.pg.port", 5432)});
        ds.setUser(System.getProperty("sms.test.pg.user", "postgres"));
        ds.setPassword(System.getProperty("sms.test.pg.password", ""));
        ds.setDatabaseName(database);
        return ds;
    }
}
