package org.opensms.cas.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The constructor checks of the API's value types and commands, table-driven. */
class ValueTypesTest {

    static final CardNumber CARD = CardNumber.of("1001");
    static final StbSerial STB = StbSerial.of("STB-1");
    static final CasProductId PRODUCT = CasProductId.of("P1");
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");
    static final String EMOJI = "\uD83D\uDCFA"; // U+1F4FA television: one code point, two chars

    /** A construction that must fail with the given exception type and a message naming the fault. */
    record Bad(String name, ThrowingCallable make, Class<? extends Exception> type, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A construction that must succeed (the boundaries of the ranges). */
    record Good(String name, ThrowingCallable make) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Bad iae(String name, ThrowingCallable make, String message) {
        return new Bad(name, make, IllegalArgumentException.class, message);
    }

    static Bad npe(String name, ThrowingCallable make, String message) {
        return new Bad(name, make, NullPointerException.class, message);
    }

    static String n(int length) {
        return "x".repeat(length);
    }

    static SendOsd osd(Target target, String text, int duration, int repetitions) {
        return new SendOsd(target, text, OsdPosition.BOTTOM, duration, repetitions, false);
    }

    static Fingerprint fp(Target target, int x, int y, int fontSize, int duration, String message) {
        return new Fingerprint(target, FingerprintMode.OVERT, x, y, fontSize, Colour.WHITE, Colour.BLACK, duration,
                true, true, message);
    }

    static Fingerprint fp(Target target) {
        return fp(target, 50, 50, 12, 10, null);
    }

    static Stream<Bad> invalid() {
        return Stream.of(
                // card numbers: 1-32 token characters
                npe("card number null", () -> new CardNumber(null), "card number"),
                iae("card number empty", () -> CardNumber.of(""), "card number must be 1-32 characters"),
                iae("card number blank", () -> CardNumber.of("   "), "card number must be 1-32"),
                iae("card number 33 characters", () -> CardNumber.of(n(33)), "card number must be 1-32"),
                iae("card number with space", () -> CardNumber.of("10 01"), "got '10 01'"),
                iae("card number with slash", () -> CardNumber.of("10/01"), "card number"),
                iae("card number with newline", () -> CardNumber.of("1001\n"), "card number"),
                iae("card number with '='", () -> CardNumber.of("a=b"), "card number"),
                iae("card number non-ASCII digit", () -> CardNumber.of("١٠٠١"), "card number"),
                // STB serials: 1-64
                npe("STB serial null", () -> new StbSerial(null), "STB serial"),
                iae("STB serial empty", () -> StbSerial.of(""), "STB serial must be 1-64"),
                iae("STB serial 65 characters", () -> StbSerial.of(n(65)), "STB serial must be 1-64"),
                iae("STB serial with space", () -> StbSerial.of("STB 1"), "STB serial"),
                // product ids: 1-64
                npe("product id null", () -> new CasProductId(null), "product id"),
                iae("product id empty", () -> CasProductId.of(""), "product id must be 1-64"),
                iae("product id 65 characters", () -> CasProductId.of(n(65)), "product id must be 1-64"),
                iae("product id with comma", () -> CasProductId.of("P1,P2"), "product id"),
                // group ids: 1-64
                npe("group id null", () -> new GroupId(null), "group id"),
                iae("group id empty", () -> GroupId.of(""), "group id must be 1-64"),
                iae("group id 65 characters", () -> GroupId.of(n(65)), "group id must be 1-64"),
                iae("group id with space", () -> GroupId.of("NORTH EAST"), "group id"),
                // service ids: 0-65535
                iae("service id -1", () -> ServiceId.of(-1), "service id must be 0-65535, got -1"),
                iae("service id 65536", () -> ServiceId.of(65_536), "service id must be 0-65535, got 65536"),
                // colours
                npe("colour null", () -> new Colour(null), "colour"),
                iae("colour without #", () -> Colour.of("FFFFFF"), "colour must be #RRGGBB or #AARRGGBB"),
                iae("colour 3 digits", () -> Colour.of("#FFF"), "got '#FFF'"),
                iae("colour 7 digits", () -> Colour.of("#FFFFFFF"), "colour"),
                iae("colour 9 digits", () -> Colour.of("#FFFFFFFFF"), "colour"),
                iae("colour not hex", () -> Colour.of("#GGGGGG"), "colour"),
                iae("colour name", () -> Colour.of("white"), "colour"),
                // command ids
                npe("command id null", () -> new CommandId(null), "command id"),
                iae("command id not a UUID", () -> CommandId.of("c-1"), "command id must be a UUID, got 'c-1'"),
                iae("command id short form", () -> CommandId.of("1-2-3-4-5"), "canonical UUID"),
                iae("command id empty", () -> CommandId.of(""), "command id"),
                // origins
                npe("origin requestedBy null", () -> Origin.of(null, "console"), "requestedBy"),
                npe("origin surface null", () -> Origin.of("alice", null), "surface"),
                iae("origin requestedBy empty", () -> Origin.of("", "console"), "requestedBy must have 1-128"),
                iae("origin requestedBy 129", () -> Origin.of(n(129), "console"), "requestedBy must have 1-128"),
                iae("origin surface empty", () -> Origin.of("alice", ""), "surface must have 1-64"),
                iae("origin surface 65", () -> Origin.of("alice", n(65)), "surface must have 1-64"),
                iae("origin requestedBy two lines", () -> Origin.of("alice\nbob", "console"), "single line"),
                iae("origin surface with CR", () -> Origin.of("alice", "con\rsole"), "single line"),
                iae("origin control character", () -> Origin.of("al\u0007ice", "console"),
                        "requestedBy contains control character U+0007"),
                // entitlements
                iae("add entitlement end before start", () -> new AddEntitlement(CARD, PRODUCT, T1, T0),
                        "entitlement end " + T0 + " must be after start " + T1),
                iae("add entitlement end equals start", () -> new AddEntitlement(CARD, PRODUCT, T0, T0),
                        "must be after start"),
                npe("add entitlement start null", () -> new AddEntitlement(CARD, PRODUCT, null, T1), "start"),
                npe("add entitlement end null", () -> new AddEntitlement(CARD, PRODUCT, T0, null), "end"),
                npe("add entitlement product null", () -> new AddEntitlement(CARD, null, T0, T1), "product"),
                npe("add entitlement card null", () -> new AddEntitlement(null, PRODUCT, T0, T1), "card"),
                iae("entitlement end before start", () -> new Entitlement(PRODUCT, T1, T0), "must be after start"),
                iae("entitlement end equals start", () -> new Entitlement(PRODUCT, T0, T0), "must be after start"),
                npe("entitlement product null", () -> new Entitlement(null, T0, T1), "product"),
                // card commands: nulls named
                npe("activate null card", () -> new ActivateCard(null), "card"),
                npe("deactivate null card", () -> new DeactivateCard(null), "card"),
                npe("blacklist null card", () -> new BlacklistCard(null), "card"),
                npe("unblacklist null card", () -> new UnblacklistCard(null), "card"),
                npe("cancel all null card", () -> new CancelAllEntitlements(null), "card"),
                npe("pair null stb", () -> new PairStb(CARD, null), "stb"),
                npe("unpair null stb", () -> new UnpairStb(CARD, null), "stb"),
                npe("cancel entitlement null product", () -> new CancelEntitlement(CARD, null), "product"),
                npe("assign null group", () -> new AssignGroup(CARD, null), "group"),
                // targets
                npe("card target null", () -> Target.card(null), "card"),
                npe("group target null", () -> Target.group(null), "group"),
                npe("service target null", () -> Target.service(null), "service"),
                iae("target parse garbage", () -> Target.parse("cards:1001"), "bad target 'cards:1001'"),
                iae("target parse ALL upper case", () -> Target.parse("ALL"), "bad target"),
                iae("target parse service not a number", () -> Target.parse("service:abc"),
                        "bad service target 'service:abc'"),
                iae("target parse service out of range", () -> Target.parse("service:65536"),
                        "service id must be 0-65535"),
                iae("target parse empty card", () -> Target.parse("card:"), "card number"),
                iae("target parse bad group", () -> Target.parse("group:a b"), "group id"),
                // OSD: 1-512 code points, no service target
                iae("OSD to a service", () -> osd(Target.service(ServiceId.of(1)), "hi", 10, 1),
                        "an OSD cannot target a service"),
                iae("OSD empty text", () -> osd(Target.all(), "", 10, 1), "text must have 1-512 characters, got 0"),
                iae("OSD 513 characters", () -> osd(Target.all(), n(513), 10, 1),
                        "text must have 1-512 characters, got 513"),
                iae("OSD 513 code points (surrogate pairs)", () -> osd(Target.all(), EMOJI.repeat(513), 10, 1),
                        "got 513"),
                iae("OSD control character", () -> osd(Target.all(), "a\u0000b", 10, 1),
                        "text contains control character U+0000"),
                iae("OSD escape character", () -> osd(Target.all(), "\u001B[31mred", 10, 1), "U+001B"),
                iae("OSD duration 0", () -> osd(Target.all(), "hi", 0, 1), "duration must be 1-86400, got 0"),
                iae("OSD duration 86401", () -> osd(Target.all(), "hi", 86_401, 1), "duration must be 1-86400"),
                iae("OSD repetitions 0", () -> osd(Target.all(), "hi", 10, 0), "repetitions must be 1-1000, got 0"),
                iae("OSD repetitions 1001", () -> osd(Target.all(), "hi", 10, 1001), "repetitions must be 1-1000"),
                npe("OSD null text", () -> osd(Target.all(), null, 10, 1), "text"),
                npe("OSD null target", () -> osd(null, "hi", 10, 1), "target"),
                npe("OSD null position", () -> new SendOsd(Target.all(), "hi", null, 10, 1, false), "position"),
                // mail: subject 1-128, body 1-4096, no service target
                iae("mail to a service", () -> new SendMail(Target.service(ServiceId.of(1)), "s", "b"),
                        "a mail cannot target a service"),
                iae("mail empty subject", () -> new SendMail(Target.all(), "", "b"), "subject must have 1-128"),
                iae("mail subject 129", () -> new SendMail(Target.all(), n(129), "b"), "subject must have 1-128"),
                iae("mail empty body", () -> new SendMail(Target.all(), "s", ""), "body must have 1-4096"),
                iae("mail body 4097", () -> new SendMail(Target.all(), "s", n(4097)), "body must have 1-4096"),
                iae("mail subject control character", () -> new SendMail(Target.all(), "s\u007F", "b"),
                        "subject contains control character U+007F"),
                npe("mail null target", () -> new SendMail(null, "s", "b"), "target"),
                // fingerprint
                iae("fingerprint x -1", () -> fp(Target.all(), -1, 0, 12, 10, null), "x must be 0-100, got -1"),
                iae("fingerprint x 101", () -> fp(Target.all(), 101, 0, 12, 10, null), "x must be 0-100, got 101"),
                iae("fingerprint y -1", () -> fp(Target.all(), 0, -1, 12, 10, null), "y must be 0-100, got -1"),
                iae("fingerprint y 101", () -> fp(Target.all(), 0, 101, 12, 10, null), "y must be 0-100, got 101"),
                iae("fingerprint font 7", () -> fp(Target.all(), 0, 0, 7, 10, null), "fontSize must be 8-72, got 7"),
                iae("fingerprint font 73", () -> fp(Target.all(), 0, 0, 73, 10, null), "fontSize must be 8-72"),
                iae("fingerprint duration 0", () -> fp(Target.all(), 0, 0, 12, 0, null), "duration must be 1-3600"),
                iae("fingerprint duration 3601", () -> fp(Target.all(), 0, 0, 12, 3601, null),
                        "duration must be 1-3600, got 3601"),
                iae("fingerprint message 65", () -> fp(Target.all(), 0, 0, 12, 10, n(65)),
                        "message must have 0-64 characters, got 65"),
                iae("fingerprint message control character", () -> fp(Target.all(), 0, 0, 12, 10, "a\u0001"),
                        "message contains control character U+0001"),
                npe("fingerprint null target", () -> fp(null), "target"),
                npe("fingerprint null mode", () -> new Fingerprint(Target.all(), null, 0, 0, 12, Colour.WHITE,
                        Colour.BLACK, 10, false, false, null), "mode"),
                npe("fingerprint null foreground", () -> new Fingerprint(Target.all(), FingerprintMode.COVERT, 0, 0,
                        12, null, Colour.BLACK, 10, false, false, null), "foreground"),
                npe("fingerprint null background", () -> new Fingerprint(Target.all(), FingerprintMode.COVERT, 0, 0,
                        12, Colour.WHITE, null, 10, false, false, null), "background"),
                // events and card states
                npe("event null command id", () -> new CasEvent(null, CommandKind.ACTIVATE_CARD, CARD,
                        CasEvent.Outcome.ACCEPTED, 0, "", 1, T0, Origin.of("a", "b")), "commandId"),
                npe("event null origin", () -> new CasEvent(CommandId.random(), CommandKind.ACTIVATE_CARD, CARD,
                        CasEvent.Outcome.ACCEPTED, 0, "", 1, T0, null), "origin"),
                npe("card state null card", () -> new CardState(null, false, false, false, null, null, List.of()),
                        "card"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejects(Bad c) {
        assertThatThrownBy(c.make()).isInstanceOf(c.type()).hasMessageContaining(c.message());
    }

    static Stream<Good> valid() {
        return Stream.of(
                new Good("card number 1 character", () -> CardNumber.of("1")),
                new Good("card number 32 characters", () -> CardNumber.of(n(32))),
                new Good("card number all token characters", () -> CardNumber.of("Az09._:-")),
                new Good("STB serial 64 characters", () -> StbSerial.of(n(64))),
                new Good("product id 64 characters", () -> CasProductId.of(n(64))),
                new Good("group id 64 characters", () -> GroupId.of(n(64))),
                new Good("service id 0", () -> ServiceId.of(0)),
                new Good("service id 65535", () -> ServiceId.of(65_535)),
                new Good("colour #AARRGGBB", () -> Colour.of("#80ff00AA")),
                new Good("origin 128 and 64", () -> Origin.of(n(128), n(64))),
                new Good("entitlement of one nanosecond", () -> new AddEntitlement(CARD, PRODUCT, T0,
                        T0.plusNanos(1))),
                new Good("OSD 1 character", () -> osd(Target.all(), "x", 1, 1)),
                new Good("OSD 120 characters (every CAS)", () -> osd(Target.card(CARD), n(120), 10, 1)),
                new Good("OSD 512 characters", () -> osd(Target.group(GroupId.of("G")), n(512), 10, 1)),
                new Good("OSD 512 code points in 1024 chars", () -> osd(Target.all(), EMOJI.repeat(512), 10, 1)),
                new Good("OSD with TAB LF CR", () -> osd(Target.all(), "a\tb\nc\r\nd", 86_400, 1000)),
                new Good("mail 128 / 4096", () -> new SendMail(Target.all(), n(128), n(4096))),
                new Good("fingerprint bounds low", () -> fp(Target.all(), 0, 0, 8, 1, "")),
                new Good("fingerprint bounds high", () -> fp(Target.all(), 100, 100, 72, 3600, n(64))),
                new Good("fingerprint ECM", () -> fp(Target.service(ServiceId.of(0)))),
                new Good("fingerprint EMM card", () -> fp(Target.card(CARD))),
                new Good("fingerprint EMM group", () -> fp(Target.group(GroupId.of("G")))),
                new Good("fingerprint EMM all", () -> fp(Target.all())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void accepts(Good c) {
        assertThatCode(c.make()).doesNotThrowAnyException();
    }

    @Test
    void fingerprintIsEcmBasedExactlyForAServiceTargetAndEmmForCardGroupAll() {
        assertThat(fp(Target.service(ServiceId.of(1001))).ecmBased()).isTrue();
        assertThat(fp(Target.card(CARD)).ecmBased()).isFalse();
        assertThat(fp(Target.group(GroupId.of("NORTH"))).ecmBased()).isFalse();
        assertThat(fp(Target.all()).ecmBased()).isFalse();
        assertThat(fp(Target.all(), 0, 0, 8, 1, "").message()).as("empty message means none").isNull();
        assertThat(fp(Target.service(ServiceId.of(7))).orderingKey()).isEqualTo("service:7");
    }

    @Test
    void normalisedForms() {
        assertThat(Colour.of("#80ff00aa").hex()).isEqualTo("#80FF00AA");
        assertThat(Colour.of("#abcdef")).isEqualTo(Colour.of("#ABCDEF"));
        String upper = "5B0E6A3E-2F57-4F5C-9A43-7D1F3C0E8A11";
        assertThat(CommandId.of(upper).value()).isEqualTo(upper.toLowerCase());
        assertThat(CommandId.of(upper)).isEqualTo(CommandId.of(upper.toLowerCase()));
        assertThat(new CasEvent(CommandId.random(), CommandKind.ACTIVATE_CARD, null, CasEvent.Outcome.ACCEPTED, 0,
                null, 1, T0, Origin.of("a", "b")).reason()).isEmpty();
    }

    @Test
    void timeOrderedCommandIdsAreVersion7UuidsThatSortByTime() {
        java.util.UUID u = CommandId.timeOrderedUuid(0x0123456789ABL, new java.util.Random(1));
        assertThat(u.version()).isEqualTo(7);
        assertThat(u.variant()).isEqualTo(2);
        assertThat(u.toString()).startsWith("01234567-89ab-7");
        assertThat(u.getMostSignificantBits() >>> 16).isEqualTo(0x0123456789ABL);

        CommandId id = CommandId.timeOrdered();
        assertThat(CommandId.of(id.value())).isEqualTo(id);
        assertThat(java.util.UUID.fromString(id.value()).version()).isEqualTo(7);
        long now = System.currentTimeMillis();
        assertThat(java.util.UUID.fromString(id.value()).getMostSignificantBits() >>> 16).isBetween(now - 60_000, now);

        // later ids sort after earlier ones as strings too (the journal's index on command_id is on the text)
        String earlier = CommandId.timeOrderedUuid(1_700_000_000_000L, new java.util.Random(2)).toString();
        String later = CommandId.timeOrderedUuid(1_700_000_000_001L, new java.util.Random(3)).toString();
        assertThat(later).isGreaterThan(earlier);
        java.util.Set<String> many = new java.util.HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(CommandId.timeOrdered().value());
        }
        assertThat(many).hasSize(10_000);
    }

    @Test
    void targetsRoundTripThroughTheirWireForm() {
        for (Target t : List.of(Target.card(CARD), Target.group(GroupId.of("NORTH")), Target.all(),
                Target.service(ServiceId.of(0)), Target.service(ServiceId.of(65_535)))) {
            assertThat(Target.parse(t.wireForm())).isEqualTo(t);
        }
        assertThat(Target.card(CARD).wireForm()).isEqualTo("card:1001");
    }

    @Test
    void orderingKeys() {
        assertThat(new ActivateCard(CARD).orderingKey()).isEqualTo("1001");
        assertThat(osd(Target.card(CARD), "hi", 1, 1).orderingKey()).isEqualTo("1001");
        assertThat(osd(Target.group(GroupId.of("G")), "hi", 1, 1).orderingKey()).isEqualTo("group:G");
        assertThat(new SendMail(Target.all(), "s", "b").orderingKey()).isEqualTo("all");
    }

    @Test
    void entitlementValidityIsStartInclusiveEndExclusive() {
        Entitlement e = new Entitlement(PRODUCT, T0, T1);
        assertThat(e.isValidAt(T0)).isTrue();
        assertThat(e.isValidAt(T1.minusNanos(1))).isTrue();
        assertThat(e.isValidAt(T1)).isFalse();
        assertThat(e.isValidAt(T0.minusNanos(1))).isFalse();
    }

    @Test
    void cardStateCopiesItsEntitlements() {
        var list = new java.util.ArrayList<>(List.of(new Entitlement(PRODUCT, T0, T1)));
        CardState s = new CardState(CARD, true, true, false, STB, null, list);
        list.clear();
        assertThat(s.entitlements()).hasSize(1);
        assertThatThrownBy(() -> s.entitlements().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
}
