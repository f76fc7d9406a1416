package org.opensms.cas.protocol;

import java.util.LinkedHashMap;
import java.util.Map;

/** The LOGIN message that opens a session: credentials, a client name for the CAS logs, protocol version. */
public record Login(String user, String password, String clientName, int version) {

    public static final int PROTOCOL_VERSION = 1;

    public Login {
        Check.text("user", user, 1, 64);
        Check.text("password", password, 0, 256);
        Check.text("clientName", clientName, 1, 128);
    }

    public Login(String user, String password, String clientName) {
        this(user, password, clientName, PROTOCOL_VERSION);
    }

    public Message toMessage(long seq) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("user", user);
        f.put("password", password);
        f.put("clientName", clientName);
        f.put("version", Integer.toString(version));
        return new Message(MessageType.LOGIN, seq, f);
    }

    public static Login fromMessage(Message m) {
        FieldReader r = new FieldReader(m);
        int version = r.optional("version") == null ? PROTOCOL_VERSION : r.integer("version");
        return new Login(r.string("user"), r.string("password"), r.string("clientName"), version);
    }
}
