package org.opensms.cas.api;

import java.util.Objects;

/**
 * A CAS mail to the set-top box inbox (PROTOCOL.md section 6.4).
 *
 * @param target  card, group or all (not a service)
 * @param subject 1-{@value #MAX_SUBJECT} characters
 * @param body    1-{@value #MAX_BODY} characters
 */
public record SendMail(Target target, String subject, String body) implements MessageCommand {

    public static final int MAX_SUBJECT = 128;
    public static final int MAX_BODY = 4096;

    /** @throws IllegalArgumentException when a value is out of range or the target is a service */
    public SendMail {
        Objects.requireNonNull(target, "target");
        if (target instanceof Target.Service) {
            throw new IllegalArgumentException("a mail cannot target a service");
        }
        Checks.text("subject", subject, 1, MAX_SUBJECT);
        Checks.text("body", body, 1, MAX_BODY);
    }

    @Override
    public CommandKind kind() {
        return CommandKind.SEND_MAIL;
    }
}
