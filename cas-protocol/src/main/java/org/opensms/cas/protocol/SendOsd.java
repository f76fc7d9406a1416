package org.opensms.cas.protocol;

import java.util.Map;

/**
 * On-screen display: text shown over the picture. Text is 1 to 512 characters, duration 1 to 86400 seconds,
 * repetitions 1 to 1000; forced messages cannot be dismissed by the viewer. Target is a card, a group or all.
 */
public record SendOsd(String commandId, Target target, String text, OsdPosition position, int durationSeconds,
                      int repetitions, boolean forced) implements CasCommand {

    public static final int MAX_TEXT = 512;

    public SendOsd {
        Check.commandId(commandId);
        Check.required("target", target);
        if (target.kind() == Target.Kind.SERVICE) {
            throw new InvalidFieldException("target", "an OSD cannot target a service");
        }
        Check.text("text", text, 1, MAX_TEXT);
        Check.required("position", position);
        Check.range("duration", durationSeconds, 1, 86_400);
        Check.range("repetitions", repetitions, 1, 1000);
    }

    public SendOsd(Target target, String text, OsdPosition position, int durationSeconds, int repetitions,
                   boolean forced) {
        this(CasCommand.newId(), target, text, position, durationSeconds, repetitions, forced);
    }

    @Override
    public MessageType type() {
        return MessageType.SEND_OSD;
    }

    @Override
    public void writeFields(Map<String, String> fields) {
        fields.put("target", target.toString());
        fields.put("text", text);
        fields.put("position", position.name());
        fields.put("duration", Integer.toString(durationSeconds));
        fields.put("repetitions", Integer.toString(repetitions));
        fields.put("forced", Boolean.toString(forced));
    }
}
