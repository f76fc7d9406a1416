package org.opensms.cas.protocol;

import java.util.Map;

/** CAS mail delivered to the set-top box inbox. Subject 1 to 128 characters, body 1 to 4096. */
public record SendMail(String commandId, Target target, String subject, String body) implements CasCommand {

    public static final int MAX_SUBJECT = 128;
    public static final int MAX_BODY = 4096;

    public SendMail {
        Check.commandId(commandId);
        Check.required("target", target);
        if (target.kind() == Target.Kind.SERVICE) {
            throw new InvalidFieldException("target", "a mail cannot target a service");
        }
        Check.text("subject", subject, 1, MAX_SUBJECT);
        Check.text("body", body, 1, MAX_BODY);
    }

    public SendMail(Target target, String subject, String body) {
        this(CasCommand.newId(), target, subject, body);
    }

    @Override
    public MessageType type() {
        return MessageType.SEND_MAIL;
    }

    @Override
    public void writeFields(Map<String, String> fields) {
        fields.put("target", target.toString());
        fields.put("subject", subject);
        fields.put("body", body);
    }
}
