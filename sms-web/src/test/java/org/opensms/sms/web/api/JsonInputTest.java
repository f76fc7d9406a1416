package org.opensms.sms.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.InvalidInputException;

/** The REST body reader, with the JSON-P implementation Payara runs (Parsson). */
class JsonInputTest {

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(Runnable read) {
        InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(read::run);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.fieldErrors()).hasSize(1);
        assertThat(e.fieldErrors().get(0).field()).isEqualTo("body");
        return e.fieldErrors().get(0).message();
    }

    @Test
    void aBodyNestedDeeperThanTheParserTakesIsRefusedAsInvalidInputNotAnInternalError() {
        String message = refusal(() -> JsonInput.read(body("[".repeat(5000)), new InputCheck()));
        assertThat(message).startsWith("is not acceptable JSON").contains("nested");
        String inObject = refusal(() -> JsonInput.read(body("{\"a\":" + "{\"a\":".repeat(2000)), new InputCheck()));
        assertThat(inObject).contains("nested");
    }

    @Test
    void malformedEmptyOversizedAndNonObjectBodiesAreRefusedNamingTheBody() {
        assertThat(refusal(() -> JsonInput.read(body("{\"a\":"), new InputCheck()))).startsWith("is not valid JSON");
        assertThat(refusal(() -> JsonInput.read(body("  "), new InputCheck()))).isEqualTo("is required: send a JSON object");
        assertThat(refusal(() -> JsonInput.read(body("[1]"), new InputCheck()))).isEqualTo("must be a JSON object, got an array");
        assertThat(refusal(() -> JsonInput.read(body("{\"a\":\"" + "x".repeat(JsonInput.MAX_BYTES) + "\"}"), new InputCheck())))
                .isEqualTo("must be at most 65536 bytes");
        assertThat(refusal(() -> JsonInput.readOptional(body("{\"a\":\"" + "x".repeat(100) + "\"}"), 50, new InputCheck())))
                .isEqualTo("must be at most 50 bytes");
    }

    @Test
    void anOptionalBodyMayBeEmptyButNothingElse() {
        assertThat(JsonInput.readOptional(body(""), 100, new InputCheck())).isNull();
        assertThat(JsonInput.readOptional(null, 100, new InputCheck())).isNull();
        assertThat(JsonInput.optionalReason(body(" \n"))).isNull();
        assertThat(JsonInput.optionalReason(body("{\"reason\":\"moved house\"}"))).isEqualTo("moved house");
        assertThatThrownBy(() -> JsonInput.optionalReason(body("{\"reason\":1,\"why\":\"x\"}")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .extracting(f -> f.field() + ": " + f.message())
                        .containsExactlyInAnyOrder("why: is not a known field", "reason: must be a string, got a number"));
    }

    @Test
    void aRequiredArrayOfStringsNamesWhatIsMissingOrWrong() {
        InputCheck check = new InputCheck();
        JsonInput in = JsonInput.read(body("{\"a\":[\"X\",2],\"b\":\"X\",\"c\":null}"), check);
        assertThat(in.requiredStrings("a")).containsExactly("X");
        assertThat(in.requiredStrings("b")).isEmpty();
        assertThat(in.requiredStrings("c")).isEmpty();
        assertThat(in.requiredStrings("d")).isEmpty();
        assertThatThrownBy(check::throwIfInvalid).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .extracting(f -> f.field() + ": " + f.message())
                        .containsExactly("a[1]: must be a string, got a number", "b: must be an array of strings, got a string",
                                "c: is required: an array of strings", "d: is required: an array of strings"));
    }
}
