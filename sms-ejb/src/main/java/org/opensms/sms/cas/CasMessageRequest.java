package org.opensms.sms.cas;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.opensms.cas.api.Checks;
import org.opensms.cas.api.Colour;
import org.opensms.cas.api.Fingerprint;
import org.opensms.cas.api.FingerprintMode;
import org.opensms.cas.api.MessageCommand;
import org.opensms.cas.api.OsdPosition;
import org.opensms.cas.api.SendMail;
import org.opensms.cas.api.SendOsd;
import org.opensms.cas.api.Target;
import org.opensms.sms.shared.InputCheck;

/**
 * A message to set-top boxes through the CAS, as an operator or an integration asks for it: an on-screen display
 * ({@code SEND_OSD}), a mail to the STB inbox ({@code SEND_MAIL}) or a fingerprint ({@code FINGERPRINT}).
 *
 * <p>The target is {@code card:NUMBER}, {@code group:GROUP} (a CAS addressing group), {@code all}, or, for a
 * fingerprint only, {@code service:ID} (a DVB service id: ECM-based, shown to everyone watching it; the other targets
 * make it EMM-based). An option left null takes its default (below); an option of another kind is refused, so that a
 * mistaken request is not half applied. {@link #toCommand} checks every field with the CAS adapter's own rules and
 * names each bad one.
 *
 * @param kind           SEND_OSD, SEND_MAIL or FINGERPRINT
 * @param target         card:NUMBER, group:GROUP, all or service:ID
 * @param subscriber     optional customer ID the message is for (journalled with it)
 * @param text           OSD: the text, 1 to {@value SendOsd#MAX_TEXT} characters
 * @param position       OSD: where it shows, default BOTTOM; not SCROLL_TOP (TRAI allows scrolling messages only in the
 *                       lower part of the screen)
 * @param durationSeconds OSD: seconds each time, default 30; fingerprint: seconds shown, default 10
 * @param repetitions    OSD: times shown, default 1
 * @param forced         OSD: the viewer cannot dismiss it, default false
 * @param subject        mail: 1 to {@value SendMail#MAX_SUBJECT} characters
 * @param body           mail: 1 to {@value SendMail#MAX_BODY} characters
 * @param mode           fingerprint: OVERT (default) or COVERT
 * @param x              fingerprint: percent of the screen width from the left, default 5
 * @param y              fingerprint: percent of the screen height from the top, default 5
 * @param fontSize       fingerprint: default 24
 * @param foreground     fingerprint: #RRGGBB or #AARRGGBB, default #FFFFFF
 * @param background     fingerprint: default #000000
 * @param showStbNumber  fingerprint: show the STB serial, default true
 * @param showCardNumber fingerprint: show the card number, default true
 * @param message        fingerprint: optional extra text, up to {@value Fingerprint#MAX_MESSAGE} characters
 */
public record CasMessageRequest(String kind, String target, String subscriber,
                                String text, String position, Integer durationSeconds, Integer repetitions,
                                Boolean forced,
                                String subject, String body,
                                String mode, Integer x, Integer y, Integer fontSize, String foreground,
                                String background, Boolean showStbNumber, Boolean showCardNumber, String message)
        implements Serializable {

    public static final String KINDS = "SEND_OSD, SEND_MAIL or FINGERPRINT";
    public static final String TARGETS = "card:NUMBER, group:GROUP, all or service:ID (fingerprints only)";

    public static final OsdPosition DEFAULT_POSITION = OsdPosition.BOTTOM;
    /** The positions an OSD may take: every one but SCROLL_TOP (TRAI: scrolling only in the lower part). */
    public static final List<OsdPosition> POSITIONS = java.util.Arrays.stream(OsdPosition.values())
            .filter(p -> p != OsdPosition.SCROLL_TOP).toList();
    public static final int DEFAULT_OSD_SECONDS = 30;
    public static final int DEFAULT_REPETITIONS = 1;
    public static final int DEFAULT_FINGERPRINT_SECONDS = 10;
    public static final int DEFAULT_X = 5;
    public static final int DEFAULT_Y = 5;
    public static final int DEFAULT_FONT_SIZE = 24;
    public static final Colour DEFAULT_FOREGROUND = Colour.WHITE;
    public static final Colour DEFAULT_BACKGROUND = Colour.BLACK;

    /** The options each kind takes (besides kind, target and subscriber). */
    private static final Map<String, List<String>> OPTIONS = Map.of(
            "SEND_OSD", List.of("text", "position", "durationSeconds", "repetitions", "forced"),
            "SEND_MAIL", List.of("subject", "body"),
            "FINGERPRINT", List.of("mode", "x", "y", "fontSize", "foreground", "background", "durationSeconds",
                    "showStbNumber", "showCardNumber", "message"));

    /** An on-screen display with the default position, duration, repetitions and dismissable. */
    public static CasMessageRequest osd(String target, String text) {
        return new CasMessageRequest("SEND_OSD", target, null, text, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** The kind, trimmed and in upper case; null when none was given. */
    public String kindName() {
        return kind == null || kind.isBlank() ? null : kind.strip().toUpperCase(Locale.ROOT);
    }

    /** Checks every field, recording each error against its field; the command, or null when a field was bad. */
    public MessageCommand toCommand(InputCheck check) {
        String k = kindName();
        if (k == null) {
            check.add("kind", "is required: " + KINDS);
            return null;
        }
        if (!OPTIONS.containsKey(k)) {
            check.add("kind", "must be " + KINDS + ", got '" + kind + "'");
            return null;
        }
        given().forEach((field, value) -> {
            if (value != null && !OPTIONS.get(k).contains(field)) {
                check.add(field, "does not apply to " + k + " (it takes " + String.join(", ", OPTIONS.get(k)) + ")");
            }
        });
        Target to = target(check, k);
        MessageCommand command = switch (k) {
            case "SEND_OSD" -> osd(check, to);
            case "SEND_MAIL" -> mail(check, to);
            default -> fingerprint(check, to);
        };
        return check.hasErrors() ? null : command;
    }

    private Map<String, Object> given() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", text);
        m.put("position", position);
        m.put("durationSeconds", durationSeconds);
        m.put("repetitions", repetitions);
        m.put("forced", forced);
        m.put("subject", subject);
        m.put("body", body);
        m.put("mode", mode);
        m.put("x", x);
        m.put("y", y);
        m.put("fontSize", fontSize);
        m.put("foreground", foreground);
        m.put("background", background);
        m.put("showStbNumber", showStbNumber);
        m.put("showCardNumber", showCardNumber);
        m.put("message", message);
        return m;
    }

    private Target target(InputCheck check, String k) {
        if (target == null || target.isBlank()) {
            check.add("target", "is required: " + TARGETS);
            return null;
        }
        String t = target.strip();
        int colon = t.indexOf(':');
        String wire = colon < 0 ? t.toLowerCase(Locale.ROOT) : t.substring(0, colon).toLowerCase(Locale.ROOT) + t.substring(colon);
        Target parsed;
        try {
            parsed = Target.parse(wire);
        } catch (IllegalArgumentException e) {
            check.add("target", e.getMessage().startsWith("bad ") ? "must be " + TARGETS + ", got '" + t + "'" : e.getMessage());
            return null;
        }
        if (parsed instanceof Target.Service && !k.equals("FINGERPRINT")) {
            check.add("target", "service:ID is for fingerprints only; " + k + " goes to a card, a group or all");
            return null;
        }
        return parsed;
    }

    private SendOsd osd(InputCheck check, Target to) {
        String t = valid(check, "text", () -> Checks.text("text", required(text, "text"), 1, SendOsd.MAX_TEXT));
        OsdPosition where = check.choice("position", position, OsdPosition.class);
        if (where == OsdPosition.SCROLL_TOP) {
            check.add("position", "a scrolling message may only run in the lower part of the screen (TRAI):"
                    + " use SCROLL_BOTTOM");
            where = null;
        }
        int seconds = range(check, "durationSeconds", durationSeconds, DEFAULT_OSD_SECONDS, 1, SendOsd.MAX_DURATION);
        int times = range(check, "repetitions", repetitions, DEFAULT_REPETITIONS, 1, SendOsd.MAX_REPETITIONS);
        if (check.hasErrors()) {
            return null;
        }
        return new SendOsd(to, t, where == null ? DEFAULT_POSITION : where, seconds, times, Boolean.TRUE.equals(forced));
    }

    private SendMail mail(InputCheck check, Target to) {
        String s = valid(check, "subject", () -> Checks.text("subject", required(subject, "subject"), 1, SendMail.MAX_SUBJECT));
        String b = valid(check, "body", () -> Checks.text("body", required(body, "body"), 1, SendMail.MAX_BODY));
        return check.hasErrors() ? null : new SendMail(to, s, b);
    }

    private Fingerprint fingerprint(InputCheck check, Target to) {
        FingerprintMode m = check.choice("mode", mode, FingerprintMode.class);
        int left = range(check, "x", x, DEFAULT_X, 0, Fingerprint.MAX_POSITION);
        int top = range(check, "y", y, DEFAULT_Y, 0, Fingerprint.MAX_POSITION);
        int size = range(check, "fontSize", fontSize, DEFAULT_FONT_SIZE, Fingerprint.MIN_FONT_SIZE, Fingerprint.MAX_FONT_SIZE);
        Colour fg = colour(check, "foreground", foreground, DEFAULT_FOREGROUND);
        Colour bg = colour(check, "background", background, DEFAULT_BACKGROUND);
        int seconds = range(check, "durationSeconds", durationSeconds, DEFAULT_FINGERPRINT_SECONDS, 1, Fingerprint.MAX_DURATION);
        String extra = message == null || message.isEmpty() ? null
                : valid(check, "message", () -> Checks.text("message", message, 0, Fingerprint.MAX_MESSAGE));
        if (check.hasErrors()) {
            return null;
        }
        return new Fingerprint(to, m == null ? FingerprintMode.OVERT : m, left, top, size, fg, bg, seconds,
                !Boolean.FALSE.equals(showStbNumber), !Boolean.FALSE.equals(showCardNumber), extra);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    private static int range(InputCheck check, String field, Integer value, int byDefault, int min, int max) {
        if (value == null) {
            return byDefault;
        }
        Integer v = valid(check, field, () -> Checks.range(field, value, min, max));
        return v == null ? byDefault : v;
    }

    private static Colour colour(InputCheck check, String field, String value, Colour byDefault) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        Colour c = valid(check, field, () -> Colour.of(value.strip()));
        return c == null ? byDefault : c;
    }

    /** The value the CAS adapter's rule accepts, or null with its complaint recorded against the field. */
    private static <T> T valid(InputCheck check, String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            // the adapter's messages start with the value's name, which the error's field already gives
            String m = e.getMessage();
            for (String name : List.of(field + " ", "colour ")) {
                if (m.startsWith(name)) {
                    m = m.substring(name.length());
                    break;
                }
            }
            check.add(field, m);
            return null;
        }
    }
}
