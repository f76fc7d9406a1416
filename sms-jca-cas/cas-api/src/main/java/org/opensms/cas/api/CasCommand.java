package org.opensms.cas.api;

import java.io.Serializable;

/**
 * A command for the CAS: the full command set of the CAS protocol (PROTOCOL.md section 6), as validated value
 * objects. A command carries no id: {@link CasConnection#issue(CasCommand, Origin)} assigns the
 * {@link CommandId} under which it travels, is retried and is reported.
 *
 * <p>Commands concerning one card ({@link CardCommand}) are applied by the CAS in the order they were issued
 * (per-card ordering); commands for different cards may be applied in parallel.
 */
public sealed interface CasCommand extends Serializable permits CardCommand, MessageCommand {

    /** The protocol command type. */
    CommandKind kind();

    /**
     * The key that orders commands: commands with the same key reach the CAS in issue order, one at a time.
     * The card number for card commands and messages to one card, else the target's wire form.
     */
    String orderingKey();
}
