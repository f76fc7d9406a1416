package org.opensms.sms.subscriber.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensms.sms.shared.InvalidInputException;

/** Reading uploaded lists of customer IDs: formats accepted, a bad file refused whole with its line numbers. */
class CustomerIdListTest {

    @Test
    void readsOnePerLineSkippingBlanksAndAHeader() {
        assertThat(CustomerIdList.parse("customerId\r\nSMS00000001\n\n  sms00000002  \nSMS00000001\n"))
                .containsExactly("SMS00000001", "SMS00000002", "SMS00000001");
    }

    @Test
    void takesTheFirstColumnOfACsvAndDropsQuotesAndABom() {
        assertThat(CustomerIdList.parse("\uFEFF\"customer_id\",name\n\"SMS00000001\",Ravi Kumar\nSMS00000002;x\nSMS00000003\tx"))
                .containsExactly("SMS00000001", "SMS00000002", "SMS00000003");
    }

    @Test
    void refusesTheWholeFileNamingEachBadLine() {
        assertThatThrownBy(() -> CustomerIdList.parse("SMS00000001\nSMS 2\nSMS00000003\n'; drop table x\n"
                + "A23456789012345678901\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.field()).containsExactly("line 2", "line 4", "line 5"));
    }

    @Test
    void aHeaderAfterDataIsABadLine() {
        assertThatThrownBy(() -> CustomerIdList.parse("SMS00000001\ncustomer id\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.field()).containsExactly("line 2"));
    }

    @Test
    void refusesAnEmptyList() {
        assertThatThrownBy(() -> CustomerIdList.parse("customerId\n\n")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no customer ID");
        assertThatThrownBy(() -> CustomerIdList.parse((String) null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void namesAtMostAHundredBadLinesAndCountsTheRest() {
        String bad = "bad id\n".repeat(150);
        assertThatThrownBy(() -> CustomerIdList.parse(bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors()).hasSize(101);
                    assertThat(e.fieldErrors().get(100).message()).contains("50 more bad lines");
                });
    }

    @Test
    void capsTheNumberOfIds() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i <= CustomerIdList.MAX_IDS; i++) {
            b.append("S").append(i).append('\n');
        }
        assertThatThrownBy(() -> CustomerIdList.parse(b.toString())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than 200000");
        List<String> max = CustomerIdList.parse(b.substring(0, b.lastIndexOf("S")));
        assertThat(max).hasSize(CustomerIdList.MAX_IDS);
    }
}
