package org.opensms.sms.shared.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before anything else runs, with the versioned migrations in
 * {@code db/migration/} (see {@link #locations}). Runs outside any JTA transaction because
 * the migration tool commits each migration itself. Other start-up beans declare
 * {@code @DependsOn("SchemaMigration")}.
 */
@Singleton(name = "SchemaMigration")
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/sms")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        String vendor = vendor(dataSource);
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(vendor))
                .load()
                .migrate();
        LOG.info("Database schema (" + vendor + ") at version " + result.targetSchemaVersion
                + ", " + result.migrationsExecuted + " migration(s) applied now");
    }

    /**
     * The migration folders for a database vendor. H2 and PostgreSQL share the standard SQL of
     * {@code db/migration/standard}; each adds what only it needs in its own folder, with versions
     * between the shared ones (such as 2.1); Oracle has its own types and folder.
     */
    public static String[] locations(String vendor) {
        return switch (vendor) {
            case "h2" -> new String[] {"classpath:db/migration/standard", "classpath:db/migration/h2"};
            case "postgresql" -> new String[] {"classpath:db/migration/standard", "classpath:db/migration/postgresql"};
            default -> new String[] {"classpath:db/migration/" + vendor};
        };
    }

    /** h2, postgresql or oracle, from the database's own product name. */
    public static String vendor(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return "h2";
            } else if (product.contains("postgres")) {
                return "postgresql";
            } else if (product.contains("oracle")) {
                return "oracle";
            }
            throw new IllegalStateException("Unsupported database '" + product + "': use H2, PostgreSQL or Oracle");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database behind jdbc/sms: " + e.getMessage(), e);
        }
    }
}
