package org.opensms.cas.protocol;

import java.util.Map;

/** Dissolves the pairing of a set-top box with a smart card. */
public record UnpairStb(String commandId, String cardNumber, String stbSerial) implements CardCommand {

    public UnpairStb {
        Check.commandId(commandId);
        Check.cardNumber(cardNumber);
        Check.token("stb", stbSerial, Check.MAX_STB_SERIAL);
    }

    public UnpairStb(String cardNumber, String stbSerial) {
        this(CasCommand.newId(), cardNumber, stbSerial);
    }

    @Override
    public MessageType type() {
        return MessageType.UNPAIR_STB;
    }

    @Override
    public void writeFields(Map<String, String> fields) {
        fields.put("card", cardNumber);
        fields.put("stb", stbSerial);
    }
}
