package org.opensms.sms.subscriber.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensms.sms.shared.IndianState;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.SubscriberStatus;

/** Targets of bulk jobs: exactly one kind, described for people; which statuses each action applies to. */
class BulkTargetTest {

    @Test
    void exactlyOneOfLcoAreaFilter() {
        assertThat(BulkTarget.ofOne(" lco01 ", null, null)).satisfies(t -> {
            assertThat(t.kind()).isEqualTo(BulkTarget.Kind.LCO);
            assertThat(t.lco()).isEqualTo("lco01");
            assertThat(t.describe()).isEqualTo("LCO LCO01");
        });
        assertThat(BulkTarget.ofOne("", "Koramangala", null).describe()).isEqualTo("area Koramangala");
        SubscriberFilter f = new SubscriberFilter(null, "ravi", null, "Bengaluru", IndianState.KA, SubscriberStatus.ACTIVE);
        assertThat(BulkTarget.ofOne(null, " ", f).describe())
                .isEqualTo("filter name=ravi*, city=Bengaluru*, state=KA, status=ACTIVE");
        assertThat(BulkTarget.filter(SubscriberFilter.ALL.withStb("SKW-1")).describe()).isEqualTo("filter stb=SKW-1");
        assertThat(BulkTarget.filter(SubscriberFilter.ALL.withLco("LCO01").withArea("Kora")).describe())
                .isEqualTo("filter lco=LCO01, area=Kora*");
        assertThatThrownBy(() -> BulkTarget.filter(SubscriberFilter.ALL)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> BulkTarget.ofOne(null, null, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> BulkTarget.ofOne("L1", "A", null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("got 2");
        assertThatThrownBy(() -> BulkTarget.lco("x".repeat(61))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void listsAreDescribedByTheirSize() {
        assertThat(BulkTarget.list(List.of("A1", "A2")).describe()).isEqualTo("uploaded list of 2 customer IDs");
        assertThatThrownBy(() -> BulkTarget.list(List.of())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void actionsApplyToOneStatusAndSkipTheOthersSayingWhy() {
        assertThat(BulkAction.SUSPEND.skipReason(SubscriberStatus.ACTIVE)).isNull();
        assertThat(BulkAction.SUSPEND.skipReason(SubscriberStatus.SUSPENDED)).isEqualTo("SUSPENDED already");
        assertThat(BulkAction.SUSPEND.skipReason(SubscriberStatus.REGISTERED))
                .isEqualTo("REGISTERED: only ACTIVE subscribers are suspended");
        assertThat(BulkAction.RESUME.skipReason(SubscriberStatus.SUSPENDED)).isNull();
        assertThat(BulkAction.RESUME.skipReason(SubscriberStatus.ACTIVE)).isEqualTo("ACTIVE already");
        assertThat(BulkAction.RESUME.skipReason(SubscriberStatus.DEACTIVATED))
                .isEqualTo("DEACTIVATED: only SUSPENDED subscribers are resumed");
    }

    @Test
    void resultCsvQuotesAndDefusesFormulas() {
        assertThat(BulkJobCsv.field("a,b \"c\"")).isEqualTo("\"a,b \"\"c\"\"\"");
        assertThat(BulkJobCsv.field("=cmd()")).isEqualTo("'=cmd()");
        assertThat(BulkJobCsv.field(null)).isEmpty();
    }
}
