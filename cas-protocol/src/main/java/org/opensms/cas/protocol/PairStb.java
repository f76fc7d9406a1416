package org.opensms.cas.protocol;

import java.util.Map;

/** Pairs a set-top box (by serial number) with a smart card; each is paired with at most one of the other. */
public record PairStb(String commandId, String cardNumber, String stbSerial) implements CardCommand {

    public PairStb {
        Check.commandId(commandId);
        Check.cardNumber(cardNumber);
        Check.token("stb", stbSerial, Check.MAX_STB_SERIAL);
    }

    public PairStb(String cardNumber, String stbSerial) {
        this(CasCommand.newId(), cardNumber, stbSerial);
    }

    @Override
    public MessageType type() {
        return MessageType.PAIR_STB;
    }

    @Override
    public void writeFields(Map<String, String> fields) {
        fields.put("card", cardNumber);
        fields.put("stb", stbSerial);
    }
}
