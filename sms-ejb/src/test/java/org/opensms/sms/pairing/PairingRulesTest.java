package org.opensms.sms.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensms.sms.pairing.PairingRules.DeviceFacts;
import org.opensms.sms.pairing.PairingRules.SubscriberFacts;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.FieldError;
import org.opensms.sms.stock.DeviceState;
import org.opensms.sms.stock.DeviceType;
import org.opensms.sms.subscriber.SubscriberStatus;

/** Every pairing rule, one row each. */
class PairingRulesTest {

    private static final Long LCO = 7L;
    private static final SubscriberFacts ACTIVE = new SubscriberFacts("SMS00000050", SubscriberStatus.ACTIVE, LCO, "LCO0001");

    private static DeviceFacts stb(DeviceState state, Long lco) {
        return DeviceFacts.unpaired(DeviceType.STB, "STB1", state, lco, lco == null ? null : lco.equals(LCO) ? "LCO0001" : "LCO0002");
    }

    private static DeviceFacts card(DeviceState state, Long lco) {
        return DeviceFacts.unpaired(DeviceType.CARD, "VC1", state, lco, lco == null ? null : lco.equals(LCO) ? "LCO0001" : "LCO0002");
    }

    static Stream<Arguments> devices() {
        return Stream.of(
                // state, LCO, expected problem (null: may be paired)
                Arguments.of(DeviceState.ALLOCATED, LCO, null),
                Arguments.of(DeviceState.DEACTIVATED, LCO, null),
                Arguments.of(DeviceState.IN_STOCK, null, "is IN_STOCK: only a device ALLOCATED to the subscriber's LCO"
                        + " (or DEACTIVATED there after an earlier pair) can be paired; allocate it to LCO LCO0001 first"),
                Arguments.of(DeviceState.INSTALLED, LCO, "is INSTALLED: only a device ALLOCATED"),
                Arguments.of(DeviceState.FAULTY, LCO, "is FAULTY: a faulty or under-repair device is never paired"),
                Arguments.of(DeviceState.UNDER_REPAIR, null, "is UNDER_REPAIR: a faulty or under-repair device is never paired"),
                Arguments.of(DeviceState.BLACKLISTED, LCO, "is BLACKLISTED: a blacklisted device can never be paired or redeployed"),
                Arguments.of(DeviceState.ALLOCATED, 8L, "is ALLOCATED at LCO LCO0002 but subscriber SMS00000050 belongs to"
                        + " LCO LCO0001: a device is paired only at a subscriber of its own LCO"),
                Arguments.of(DeviceState.DEACTIVATED, null, "is DEACTIVATED at no LCO but subscriber SMS00000050 belongs"
                        + " to LCO LCO0001"));
    }

    @ParameterizedTest(name = "{0} at LCO {1}")
    @MethodSource("devices")
    void aDeviceIsPairedOnlyFromTheRightStateAndLco(DeviceState state, Long lco, String expected) {
        for (DeviceFacts d : new DeviceFacts[] {stb(state, lco), card(state, lco)}) {
            String problem = PairingRules.problem(ACTIVE, d);
            if (expected == null) {
                assertThat(problem).isNull();
            } else {
                assertThat(problem).startsWith(d.name() + " ").contains(expected);
            }
        }
    }

    @Test
    void oneCardPerStbAndOneStbPerCard() {
        DeviceFacts pairedBox = new DeviceFacts(DeviceType.STB, "STB1", DeviceState.INSTALLED, LCO, "LCO0001", "SMS00000099", "VC9");
        assertThat(PairingRules.problem(ACTIVE, pairedBox)).isEqualTo("set-top box STB1 is already paired with smart card"
                + " VC9 at subscriber SMS00000099: one card per STB and one STB per card; unpair it first");
        // a pair switched off leaves its devices DEACTIVATED: still paired, still refused
        DeviceFacts pairedCard = new DeviceFacts(DeviceType.CARD, "VC1", DeviceState.DEACTIVATED, LCO, "LCO0001", "SMS00000050", "STB9");
        assertThat(PairingRules.problem(ACTIVE, pairedCard)).contains("smart card VC1 is already paired with set-top box STB9");
    }

    @Test
    void aBlacklistedDeviceIsNamedAsBlacklistedEvenWhenItsLcoDiffers() {
        assertThat(PairingRules.problem(ACTIVE, card(DeviceState.BLACKLISTED, 8L))).contains("BLACKLISTED");
    }

    @ParameterizedTest
    @EnumSource(value = SubscriberStatus.class, names = {"REGISTERED", "ACTIVE", "SUSPENDED"})
    void aSubscriberWithAnLcoGetsDevicesUnlessDeactivated(SubscriberStatus status) {
        assertThatCode(() -> PairingRules.checkPair(new SubscriberFacts("S1", status, LCO, "LCO0001"),
                stb(DeviceState.ALLOCATED, LCO), card(DeviceState.ALLOCATED, LCO))).doesNotThrowAnyException();
    }

    @Test
    void aDeactivatedSubscriberGetsNoDevices() {
        assertThatThrownBy(() -> PairingRules.checkPair(new SubscriberFacts("S1", SubscriberStatus.DEACTIVATED, LCO, "L"),
                stb(DeviceState.ALLOCATED, LCO), card(DeviceState.ALLOCATED, LCO)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.getMessage()).startsWith("subscriber S1 is DEACTIVATED");
                });
    }

    @Test
    void aSubscriberWithoutLcoGetsNoDevices() {
        assertThatThrownBy(() -> PairingRules.checkSubscriber(new SubscriberFacts("S1", SubscriberStatus.ACTIVE, null, null)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.getMessage()).contains("has no LCO");
                });
    }

    @Test
    void problemsOfBothDevicesAreNamedTogether() {
        assertThatThrownBy(() -> PairingRules.checkPair(ACTIVE, stb(DeviceState.BLACKLISTED, LCO), card(DeviceState.FAULTY, LCO)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("stb", "card");
                    assertThat(e.getMessage()).contains("set-top box STB1 is BLACKLISTED", "smart card VC1 is FAULTY");
                });
    }

    @Test
    void aReplacementMustPassTheSameRules() {
        assertThatThrownBy(() -> PairingRules.checkReplacement(ACTIVE, card(DeviceState.BLACKLISTED, LCO)))
                .isInstanceOfSatisfying(BusinessException.class, e ->
                        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("new"));
        assertThatCode(() -> PairingRules.checkReplacement(ACTIVE, stb(DeviceState.ALLOCATED, LCO))).doesNotThrowAnyException();
    }
}
