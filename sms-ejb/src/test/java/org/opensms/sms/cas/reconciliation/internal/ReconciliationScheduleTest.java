package org.opensms.sms.cas.reconciliation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ReconciliationScheduleTest {

    @Test
    void theDailyTimeIsATimeOfDayOrOff() {
        assertThat(ReconciliationSchedule.dailyTime("02:30")).isEqualTo(LocalTime.of(2, 30));
        assertThat(ReconciliationSchedule.dailyTime(" 23:05 ")).isEqualTo(LocalTime.of(23, 5));
        assertThat(ReconciliationSchedule.dailyTime("OFF")).isNull();
        assertThatThrownBy(() -> ReconciliationSchedule.dailyTime("2.30am"))
                .hasMessageContaining("sms.cas.reconciliation.at").hasMessageContaining("'2.30am'");
    }
}
