package org.opensms.sms.bench;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.opensms.sms.shared.internal.SchemaMigration;
import org.postgresql.ds.PGSimpleDataSource;

/** The databases the benchmarks fill: an H2 file or a PostgreSQL database on 127.0.0.1 (trust authentication). */
final class BenchDatabase {

    private BenchDatabase() {
    }

    /** An H2 file database at the given path (without the .mv.db suffix). */
    static DataSource h2(String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        return ds;
    }

    /** The PostgreSQL database {@code name} on 127.0.0.1:5432 as postgres, created when missing. */
    static DataSource postgres(String name) throws Exception {
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setServerNames(new String[] {"127.0.0.1"});
        admin.setUser("postgres");
        admin.setDatabaseName("postgres");
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            if (!st.executeQuery("select 1 from pg_database where datname = '" + name.replace("'", "") + "'").next()) {
                st.execute("create database \"" + name.replace("\"", "") + "\"");
            }
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"127.0.0.1"});
        ds.setUser("postgres");
        ds.setDatabaseName(name);
        ds.setReWriteBatchedInserts(true);
        return ds;
    }

    /** Brings the schema to the production migrations' latest version; {@code clean} drops everything first. */
    static void migrate(DataSource ds, boolean clean) {
        Flyway flyway = Flyway.configure().dataSource(ds).locations(SchemaMigration.locations(SchemaMigration.vendor(ds)))
                .cleanDisabled(false).load();
        if (clean) {
            flyway.clean();
        }
        flyway.migrate();
    }

    /**
     * Restarts a sequence after generated rows. EclipseLink takes a sequence value as the last id of a block (of 50, or
     * 1,000 for the journals since V14): the next value must be a block beyond the data, so it is a multiple of 1,000 at
     * least 1,000 above the largest id.
     */
    static void restartSequence(java.sql.Connection c, String sequence, long maxId) throws java.sql.SQLException {
        long next = (maxId / 1000 + 2) * 1000;
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("alter sequence " + sequence + " restart with " + next);
        }
    }
}
