package org.opensms.sms.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;

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

    @Test
    void busyIsAServiceUnavailableAndTheOtherKindsKeepTheirStatus() {
        assertThat(BusinessExceptionMapper.status(new BusinessException(ErrorCode.BUSY, "x"))).isEqualTo(503);
        assertThat(BusinessExceptionMapper.status(new BusinessException(ErrorCode.INVALID_INPUT, "x"))).isEqualTo(400);
        assertThat(BusinessExceptionMapper.status(new BusinessException(ErrorCode.CONFLICT, "x"))).isEqualTo(409);
        assertThat(BusinessExceptionMapper.status(new BusinessException(ErrorCode.NOT_FOUND, "x"))).isEqualTo(404);
    }
}
