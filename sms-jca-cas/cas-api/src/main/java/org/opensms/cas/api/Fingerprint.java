package org.opensms.cas.api;

import java.util.Objects;

/**
 * A fingerprint (PROTOCOL.md section 6.5). A {@link Target.Service} target makes it ECM-based (shown to
 * everyone watching the service); a card, group or all target makes it EMM-based (shown by those cards).
 *
 * @param target          service (ECM) or card, group, all (EMM)
 * @param mode            overt or covert
 * @param x               horizontal position in percent of the screen width, 0-100
 * @param y               vertical position in percent of the screen height, 0-100 (0,0 = top left)
 * @param fontSize        8-72
 * @param foreground      text colour
 * @param background      background colour
 * @param durationSeconds seconds shown, 1-3600
 * @param showStbNumber   show the STB serial number
 * @param showCardNumber  show the card number
 * @param message         optional extra text, up to {@value #MAX_MESSAGE} characters; null or empty for none
 */
public record Fingerprint(Target target, FingerprintMode mode, int x, int y, int fontSize, Colour foreground,
                          Colour background, int durationSeconds, boolean showStbNumber, boolean showCardNumber,
                          String message) implements MessageCommand {

    public static final int MAX_MESSAGE = 64;
    /** Positions are percent of the screen, 0 to this. */
    public static final int MAX_POSITION = 100;
    public static final int MIN_FONT_SIZE = 8;
    public static final int MAX_FONT_SIZE = 72;
    /** Longest time shown, in seconds. */
    public static final int MAX_DURATION = 3600;

    /** @throws IllegalArgumentException when a value is out of range */
    public Fingerprint {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(mode, "mode");
        Checks.range("x", x, 0, MAX_POSITION);
        Checks.range("y", y, 0, MAX_POSITION);
        Checks.range("fontSize", fontSize, MIN_FONT_SIZE, MAX_FONT_SIZE);
        Objects.requireNonNull(foreground, "foreground");
        Objects.requireNonNull(background, "background");
        Checks.range("duration", durationSeconds, 1, MAX_DURATION);
        if (message != null) {
            Checks.text("message", message, 0, MAX_MESSAGE);
            if (message.isEmpty()) {
                message = null;
            }
        }
    }

    /** True when sent in ECMs to the viewers of a service rather than in EMMs to cards. */
    public boolean ecmBased() {
        return target instanceof Target.Service;
    }

    @Override
    public CommandKind kind() {
        return CommandKind.FINGERPRINT;
    }
}
