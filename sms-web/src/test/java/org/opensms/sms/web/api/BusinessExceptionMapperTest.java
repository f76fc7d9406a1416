package org.opensms.sms.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;

/** How the REST surface classifies business refusals. */
class BusinessExceptionMapperTest {

    @Test
    void busyIsAServiceUnavailableAndTheOtherKindsKeepTheirStatus() {
        assertThat(BusinessExceptionMapper.status(new BusinessException(ErrorCode.BUSY, "x"))).isEqualTo(503);
        assertThat(BusinessExceptionMapper.status(new BusinessException(ErrorCode.INVALID_INPUT, "x"))).isEqualTo(400);
        assertThat(BusinessExceptionMapper.status(new BusinessException(ErrorCode.CONFLICT, "x"))).isEqualTo(409);
        assertThat(BusinessExceptionMapper.status(new BusinessException(ErrorCode.NOT_FOUND, "x"))).isEqualTo(404);
    }
}
