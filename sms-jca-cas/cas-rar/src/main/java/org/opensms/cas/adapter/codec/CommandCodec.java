package org.opensms.cas.adapter.codec;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opensms.cas.api.ActivateCard;
import org.opensms.cas.api.AddEntitlement;
import org.opensms.cas.api.AssignGroup;
import org.opensms.cas.api.BlacklistCard;
import org.opensms.cas.api.CancelAllEntitlements;
import org.opensms.cas.api.CancelEntitlement;
import org.opensms.cas.api.CardNumber;
import org.opensms.cas.api.CasCommand;
import org.opensms.cas.api.CasProductId;
import org.opensms.cas.api.Colour;
import org.opensms.cas.api.CommandKind;
import org.opensms.cas.api.DeactivateCard;
import org.opensms.cas.api.Fingerprint;
import org.opensms.cas.api.FingerprintMode;
import org.opensms.cas.api.GroupId;
import org.opensms.cas.api.OsdPosition;
import org.opensms.cas.api.PairStb;
import org.opensms.cas.api.SendMail;
import org.opensms.cas.api.SendOsd;
import org.opensms.cas.api.StbSerial;
import org.opensms.cas.api.Target;
import org.opensms.cas.api.UnblacklistCard;
import org.opensms.cas.api.UnpairStb;

/**
 * The queue form of a command: the body of a JMS TextMessage holding the command's fields as {@code key=value}
 * lines, with the field names and value forms of the CAS protocol (PROTOCOL.md section 6) and its escaping
 * (section 2.1: backslash, LF and CR as {@code \\}, {@code \n}, {@code \r}). The kind travels in the message
 * property {@code kind}. The format is the adapter's own: only the dispatcher reads it.
 */
public final class CommandCodec {

    private CommandCodec() {
    }

    /** The command's fields. */
    public static Map<String, String> fields(CasCommand c) {
        Map<String, String> f = new LinkedHashMap<>();
        if (c instanceof ActivateCard x) {
            f.put("card", x.card().value());
        } else if (c instanceof DeactivateCard x) {
            f.put("card", x.card().value());
        } else if (c instanceof BlacklistCard x) {
            f.put("card", x.card().value());
        } else if (c instanceof UnblacklistCard x) {
            f.put("card", x.card().value());
        } else if (c instanceof CancelAllEntitlements x) {
            f.put("card", x.card().value());
        } else if (c instanceof PairStb x) {
            f.put("card", x.card().value());
            f.put("stb", x.stb().value());
        } else if (c instanceof UnpairStb x) {
            f.put("card", x.card().value());
            f.put("stb", x.stb().value());
        } else if (c instanceof CancelEntitlement x) {
            f.put("card", x.card().value());
            f.put("product", x.product().value());
        } else if (c instanceof AssignGroup x) {
            f.put("card", x.card().value());
            f.put("group", x.group().value());
        } else if (c instanceof AddEntitlement x) {
            f.put("card", x.card().value());
            f.put("product", x.product().value());
            f.put("start", x.start().toString());
            f.put("end", x.end().toString());
        } else if (c instanceof SendOsd x) {
            f.put("target", x.target().wireForm());
            f.put("text", x.text());
            f.put("position", x.position().name());
            f.put("duration", Integer.toString(x.durationSeconds()));
            f.put("repetitions", Integer.toString(x.repetitions()));
            f.put("forced", Boolean.toString(x.forced()));
        } else if (c instanceof SendMail x) {
            f.put("target", x.target().wireForm());
            f.put("subject", x.subject());
            f.put("body", x.body());
        } else if (c instanceof Fingerprint x) {
            f.put("target", x.target().wireForm());
            f.put("mode", x.mode().name());
            f.put("x", Integer.toString(x.x()));
            f.put("y", Integer.toString(x.y()));
            f.put("fontSize", Integer.toString(x.fontSize()));
            f.put("foreground", x.foreground().hex());
            f.put("background", x.background().hex());
            f.put("duration", Integer.toString(x.durationSeconds()));
            f.put("showStb", Boolean.toString(x.showStbNumber()));
            f.put("showCard", Boolean.toString(x.showCardNumber()));
            if (x.message() != null) {
                f.put("message", x.message());
            }
        }
        return f;
    }

    /**
     * Rebuilds a command from its kind and fields.
     *
     * @throws IllegalArgumentException when a field is missing or invalid
     */
    public static CasCommand command(CommandKind kind, Map<String, String> f) {
        return switch (kind) {
            case ACTIVATE_CARD -> new ActivateCard(card(f));
            case DEACTIVATE_CARD -> new DeactivateCard(card(f));
            case BLACKLIST_CARD -> new BlacklistCard(card(f));
            case UNBLACKLIST_CARD -> new UnblacklistCard(card(f));
            case CANCEL_ALL_ENTITLEMENTS -> new CancelAllEntitlements(card(f));
            case PAIR_STB -> new PairStb(card(f), new StbSerial(req(f, "stb")));
            case UNPAIR_STB -> new UnpairStb(card(f), new StbSerial(req(f, "stb")));
            case CANCEL_ENTITLEMENT -> new CancelEntitlement(card(f), new CasProductId(req(f, "product")));
            case ASSIGN_GROUP -> new AssignGroup(card(f), new GroupId(req(f, "group")));
            case ADD_ENTITLEMENT -> new AddEntitlement(card(f), new CasProductId(req(f, "product")),
                    Instant.parse(req(f, "start")), Instant.parse(req(f, "end")));
            case SEND_OSD -> new SendOsd(Target.parse(req(f, "target")), req(f, "text"),
                    OsdPosition.valueOf(req(f, "position")), Integer.parseInt(req(f, "duration")),
                    Integer.parseInt(req(f, "repetitions")), Boolean.parseBoolean(req(f, "forced")));
            case SEND_MAIL -> new SendMail(Target.parse(req(f, "target")), req(f, "subject"), req(f, "body"));
            case FINGERPRINT -> new Fingerprint(Target.parse(req(f, "target")), FingerprintMode.valueOf(req(f, "mode")),
                    Integer.parseInt(req(f, "x")), Integer.parseInt(req(f, "y")), Integer.parseInt(req(f, "fontSize")),
                    new Colour(req(f, "foreground")), new Colour(req(f, "background")),
                    Integer.parseInt(req(f, "duration")), Boolean.parseBoolean(req(f, "showStb")),
                    Boolean.parseBoolean(req(f, "showCard")), f.get("message"));
            case QUERY_CARD -> throw new IllegalArgumentException("QUERY_CARD is not a queued command");
        };
    }

    /** The card a command is about (card commands and messages to one card), else null. */
    public static CardNumber cardOf(CasCommand c) {
        if (c instanceof org.opensms.cas.api.CardCommand cc) {
            return cc.card();
        }
        if (c instanceof org.opensms.cas.api.MessageCommand m && m.target() instanceof Target.Card t) {
            return t.card();
        }
        return null;
    }

    /** Fields as {@code key=value} lines with protocol escaping. */
    public static String encode(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder(128);
        fields.forEach((k, v) -> {
            sb.append(k).append('=');
            for (int i = 0; i < v.length(); i++) {
                char ch = v.charAt(i);
                switch (ch) {
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(ch);
                }
            }
            sb.append('\n');
        });
        return sb.toString();
    }

    /**
     * Parses what {@link #encode} wrote.
     *
     * @throws IllegalArgumentException when malformed
     */
    public static Map<String, String> decode(String body) {
        Map<String, String> f = new LinkedHashMap<>();
        int pos = 0;
        while (pos < body.length()) {
            int nl = body.indexOf('\n', pos);
            String line = nl < 0 ? body.substring(pos) : body.substring(pos, nl);
            pos = nl < 0 ? body.length() : nl + 1;
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("bad field line '" + line + "'");
            }
            StringBuilder v = new StringBuilder(line.length() - eq);
            for (int i = eq + 1; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == '\\') {
                    if (++i >= line.length()) {
                        throw new IllegalArgumentException("value ends in a backslash: '" + line + "'");
                    }
                    char e = line.charAt(i);
                    v.append(switch (e) {
                        case '\\' -> '\\';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        default -> throw new IllegalArgumentException("bad escape \\" + e + " in '" + line + "'");
                    });
                } else {
                    v.append(ch);
                }
            }
            f.put(line.substring(0, eq), v.toString());
        }
        return f;
    }

    private static CardNumber card(Map<String, String> f) {
        return new CardNumber(req(f, "card"));
    }

    private static String req(Map<String, String> f, String key) {
        String v = f.get(key);
        if (v == null) {
            throw new IllegalArgumentException("field '" + key + "' is missing");
        }
        return v;
    }
}
