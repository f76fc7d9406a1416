package org.opensms.sms.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.opensms.sms.shared.internal.SchemaMigration;

/**
 * No Oracle server can run here, so the Oracle migrations are applied to H2 in its Oracle
 * compatibility mode: this catches syntax and type names that Oracle would refuse (BIGINT, BOOLEAN
 * before 23ai) as far as H2 emulates them. The check on a real Oracle database is described in the README.
 */
class OracleMigrationSyntaxTest {

    @Test
    void oracleMigrationsApplyInOracleMode() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:oracle-mode;MODE=Oracle;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        MigrateResult result = Flyway.configure().dataSource(ds).locations(SchemaMigration.locations("oracle"))
                .load().migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();
        try (Connection c = ds.getConnection();
             ResultSet rs = c.getMetaData().getColumns(null, null, "SUBSCRIBER", "ID")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("TYPE_NAME")).isIn("NUMERIC", "DECIMAL", "NUMBER");
        }
    }
}
