package org.opensms.cas.protocol;

import java.util.Map;

/**
 * Fingerprinting to trace re-broadcast pictures. A SERVICE target makes it ECM-based (everyone watching that
 * DVB service); a card, group or all target makes it EMM-based. Overt prints are visible, covert ones are
 * meant to be hard to see. x and y are the position in percent of screen width and height (0-100),
 * font size 8-72, colours #RRGGBB or #AARRGGBB, duration 1-3600 seconds, optional message up to 64 characters.
 */
public record Fingerprint(String commandId, Target target, Mode mode, int x, int y, int fontSize,
                          String foreground, String background, int durationSeconds,
                          boolean showStbNumber, boolean showCardNumber, String message) implements CasCommand {

    /** Overt (visible) or covert fingerprint. */
    public enum Mode { OVERT, COVERT }

    public static final int MAX_MESSAGE = 64;

    public Fingerprint {
        Check.commandId(commandId);
        Check.required("target", target);
        Check.required("mode", mode);
        Check.range("x", x, 0, 100);
        Check.range("y", y, 0, 100);
        Check.range("fontSize", fontSize, 8, 72);
        foreground = Check.colour("foreground", foreground);
        background = Check.colour("background", background);
        Check.range("duration", durationSeconds, 1, 3600);
        if (message != null) {
            Check.text("message", message, 0, MAX_MESSAGE);
            if (message.isEmpty()) {
                message = null;
            }
        }
    }

    public Fingerprint(Target target, Mode mode, int x, int y, int fontSize, String foreground, String background,
                       int durationSeconds, boolean showStbNumber, boolean showCardNumber, String message) {
        this(CasCommand.newId(), target, mode, x, y, fontSize, foreground, background, durationSeconds,
                showStbNumber, showCardNumber, message);
    }

    /** True when sent in ECMs to the viewers of a service rather than in EMMs to cards. */
    public boolean ecmBased() {
        return target.kind() == Target.Kind.SERVICE;
    }

    @Override
    public MessageType type() {
        return MessageType.FINGERPRINT;
    }

    @Override
    public void writeFields(Map<String, String> fields) {
        fields.put("target", target.toString());
        fields.put("mode", mode.name());
        fields.put("x", Integer.toString(x));
        fields.put("y", Integer.toString(y));
        fields.put("fontSize", Integer.toString(fontSize));
        fields.put("foreground", foreground);
        fields.put("background", background);
        fields.put("duration", Integer.toString(durationSeconds));
        fields.put("showStb", Boolean.toString(showStbNumber));
        fields.put("showCard", Boolean.toString(showCardNumber));
        if (message != null) {
            fields.put("message", message);
        }
    }
}
