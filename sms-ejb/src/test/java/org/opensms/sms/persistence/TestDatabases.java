package org.opensms.sms.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.opensms.sms.shared.internal.SchemaMigration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Empty schemas on the real databases for persistence tests, migrated by the production migrations and opened
 * with the production persistence unit. PostgreSQL: by default the server at 127.0.0.1:5432, user postgres,
 * database sms_test (created if missing); override with -Dsms.test.pg.host/port/user/password/database.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** A new in-memory H2 database. */
    public static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:persistence-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return ds;
    }

    /** An empty schema of this name (suffixed with the process id) on the PostgreSQL server. */
    public static DataSource postgresql(String name) throws Exception {
        String database = System.getProperty("sms.test.pg.database", "sms_test");
        PGSimpleDataSource admin = pg("postgres");
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            var rs = st.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!rs.next()) {
                st.execute("create database " + database);
            }
        }
        PGSimpleDataSource ds = pg(database);
        String schema = name + "_" + ProcessHandle.current().pid();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("drop schema if exists " + schema + " cascade");
            st.execute("create schema " + schema);
        }
        ds.setCurrentSchema(schema);
        return ds;
    }

    private static PGSimpleDataSource pg(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {System.getProperty("sms.test.pg.host", "127.0.0.1")});
        ds.setPortNumbers(new int[] {Integer.getInteger("sms.test.pg.port", 5432)});
        ds.setUser(System.getProperty("sms.test.pg.user", "postgres"));
        ds.setPassword(System.getProperty("sms.test.pg.password", ""));
        ds.setDatabaseName(database);
        return ds;
    }

    /** Applies the vendor's production migrations and opens the "sms" unit on the data source, resource-local. */
    public static EntityManagerFactory migrateAndOpen(DataSource dataSource) throws Exception {
        String vendor = SchemaMigration.vendor(dataSource);
        Flyway.configure().dataSource(dataSource).locations(SchemaMigration.locations(vendor)).load().migrate();
        Map<String, Object> props = new HashMap<>();
        props.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        props.put(PersistenceUnitProperties.JTA_DATASOURCE, null);
        props.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
        return Persistence.createEntityManagerFactory("sms", props);
    }

    /** Runs the work in one resource-local transaction, committed if it returns normally. */
    public static void inTransaction(EntityManagerFactory emf, Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Runs a read outside any transaction. */
    public static <T> T read(EntityManagerFactory emf, Function<EntityManager, T> query) {
        EntityManager em = emf.createEntityManager();
        try {
            return query.apply(em);
        } finally {
            em.close();
        }
    }
}
