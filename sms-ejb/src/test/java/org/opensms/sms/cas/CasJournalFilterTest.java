package org.opensms.sms.cas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opensms.cas.api.CommandKind;
import org.opensms.sms.shared.FieldError;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.InvalidInputException;

class CasJournalFilterTest {

    private static CasJournalFilter parse(String card, String subscriber, String kind, String state, String from, String to) {
        InputCheck check = new InputCheck();
        CasJournalFilter f = CasJournalFilter.parse(check, card, subscriber, kind, state, from, to);
        check.throwIfInvalid();
        return f;
    }

    @Test
    void blankMeansAnyAndValuesAreRead() {
        assertThat(parse(" ", "", null, "", null, " ")).isEqualTo(CasJournalFilter.ALL);
        CasJournalFilter f = parse("0012345678", "SMS00000001", "activate_card", "rejected", "2026-11-01", "2026-11-30");
        assertThat(f).isEqualTo(new CasJournalFilter("0012345678", "SMS00000001", CommandKind.ACTIVATE_CARD,
                CasCommandState.REJECTED, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void daysAreIndianDaysBothIncluded() {
        CasJournalFilter f = parse(null, null, null, null, "2026-11-25", "2026-11-25");
        assertThat(f.fromInstant()).isEqualTo(Instant.parse("2026-11-24T18:30:00Z"));
        assertThat(f.toInstantExclusive()).isEqualTo(Instant.parse("2026-11-25T18:30:00Z"));
    }

    @Test
    void everyBadFieldIsNamedTogether() {
        assertThatThrownBy(() -> parse(null, null, "REBOOT", "DONE", "25/11/2026", "yesterday"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("kind", "state", "from", "to");
                    assertThat(e.fieldErrors().get(0).message()).contains("ACTIVATE_CARD", "'REBOOT'");
                    assertThat(e.fieldErrors().get(1).message()).contains("PENDING, ACCEPTED, REJECTED, FAILED");
                    assertThat(e.fieldErrors().get(2).message()).contains("YYYY-MM-DD", "'25/11/2026'");
                });
        assertThatThrownBy(() -> parse(null, null, null, null, "2026-11-25", "2026-11-24"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get(0).toString()).contains("to", "must not be before from"));
        assertThatThrownBy(() -> parse("x".repeat(40), null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("card"));
    }
}
