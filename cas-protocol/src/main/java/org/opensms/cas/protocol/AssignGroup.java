package org.opensms.cas.protocol;

import java.util.Map;

/** Puts a card in an addressing group (a card is in at most one group); messages can then target the group. */
public record AssignGroup(String commandId, String cardNumber, String groupId) implements CardCommand {

    public AssignGroup {
        Check.commandId(commandId);
        Check.cardNumber(cardNumber);
        Check.token("group", groupId, Check.MAX_GROUP_ID);
    }

    public AssignGroup(String cardNumber, String groupId) {
        this(CasCommand.newId(), cardNumber, groupId);
    }

    @Override
    public MessageType type() {
        return MessageType.ASSIGN_GROUP;
    }

    @Override
    public void writeFields(Map<String, String> fields) {
        fields.put("card", cardNumber);
        fields.put("group", groupId);
    }
}
