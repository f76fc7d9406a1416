package org.opensms.sms.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class LockConflictTest {

    @Test
    void lockConflictsAreToldApartFromOtherFailures() {
        assertThat(LockConflict.in(new RuntimeException(new PersistenceException(
                new SQLException("Timeout trying to lock table", "HYT00", 50200))))).isTrue();
        assertThat(LockConflict.in(new SQLException("concurrent update", "HY000", 90131))).isTrue();
        assertThat(LockConflict.in(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(LockConflict.in(new jakarta.persistence.LockTimeoutException("x"))).isTrue();
        assertThat(LockConflict.in(new SQLException("unique violation", "23505"))).isFalse();
        assertThat(LockConflict.in(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void theRefusalIsBusy() {
        assertThat(LockConflict.busy().code()).isEqualTo(ErrorCode.BUSY);
        assertThat(LockConflict.busy().getMessage()).contains("try again");
    }
}
