package org.opensms.sms.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {

    @Test
    void lockConflictsAreToldApartFromOtherFailures() {
        assertThat(UnexpectedExceptionMapper.lockConflict(new RuntimeException(new PersistenceException(
                new SQLException("Timeout trying to lock table", "HYT00", 50200))))).isTrue();
        assertThat(UnexpectedExceptionMapper.lockConflict(new SQLException("concurrent update", "HY000", 90131))).isTrue();
        assertThat(UnexpectedExceptionMapper.lockConflict(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(UnexpectedExceptionMapper.lockConflict(new jakarta.persistence.LockTimeoutException("x"))).isTrue();
        assertThat(UnexpectedExceptionMapper.lockConflict(new SQLException("unique violation", "23505"))).isFalse();
        assertThat(UnexpectedExceptionMapper.lockConflict(new IllegalStateException("bug"))).isFalse();
    }
}
