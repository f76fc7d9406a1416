package org.opensms.cas.api;

import java.util.Objects;

/**
 * Puts the card in an addressing group (a card is in at most one group).
 *
 * @param card the card
 * @param group the group
 */
public record AssignGroup(CardNumber card, GroupId group) implements CardCommand {

    public AssignGroup {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(group, "group");
    }

    @Override
    public CommandKind kind() {
        return CommandKind.ASSIGN_GROUP;
    }
}
