package org.opensms.cas.api;

import java.util.Objects;

/**
 * An on-screen display (PROTOCOL.md section 6.3).
 *
 * @param target          card, group or all (not a service)
 * @param text            1-{@value #MAX_TEXT} characters (code points); every CAS must accept at least 120
 * @param position        where it appears
 * @param durationSeconds seconds shown each time, 1-{@value #MAX_DURATION}
 * @param repetitions     how many times it is shown, 1-{@value #MAX_REPETITIONS}
 * @param forced          true: the viewer cannot dismiss it
 */
public record SendOsd(Target target, String text, OsdPosition position, int durationSeconds, int repetitions,
                      boolean forced) implements MessageCommand {

    /** Longest text in code points. */
    public static final int MAX_TEXT = 512;
    /** Longest time shown each time, in seconds (a day). */
    public static final int MAX_DURATION = 86_400;
    /** Most times shown. */
    public static final int MAX_REPETITIONS = 1000;

    /** @throws IllegalArgumentException when a value is out of range or the target is a service */
    public SendOsd {
        Objects.requireNonNull(target, "target");
        if (target instanceof Target.Service) {
            throw new IllegalArgumentException("an OSD cannot target a service");
        }
        Checks.text("text", text, 1, MAX_TEXT);
        Objects.requireNonNull(position, "position");
        Checks.range("duration", durationSeconds, 1, MAX_DURATION);
        Checks.range("repetitions", repetitions, 1, MAX_REPETITIONS);
    }

    @Override
    public CommandKind kind() {
        return CommandKind.SEND_OSD;
    }
}
