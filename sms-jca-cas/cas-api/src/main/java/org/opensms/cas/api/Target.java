package org.opensms.cas.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * Addressee of a message command (OSD, mail, fingerprint), PROTOCOL.md section 6.1: one card, an addressing
 * group, every card, or (fingerprints only) everyone watching a DVB service.
 */
public sealed interface Target extends Serializable permits Target.Card, Target.Group, Target.All, Target.Service {

    /** One card. */
    record Card(CardNumber card) implements Target {
        public Card {
            Objects.requireNonNull(card, "card");
        }
    }

    /** Every card assigned to the group. */
    record Group(GroupId group) implements Target {
        public Group {
            Objects.requireNonNull(group, "group");
        }
    }

    /** Every card. */
    record All() implements Target {
    }

    /** Everyone watching the DVB service (fingerprints only: ECM-based). */
    record Service(ServiceId service) implements Target {
        public Service {
            Objects.requireNonNull(service, "service");
        }
    }

    static Target card(CardNumber card) {
        return new Card(card);
    }

    static Target group(GroupId group) {
        return new Group(group);
    }

    static Target all() {
        return new All();
    }

    static Target service(ServiceId service) {
        return new Service(service);
    }

    /** The wire form: {@code card:N}, {@code group:G}, {@code all} or {@code service:S}. */
    default String wireForm() {
        if (this instanceof Card c) {
            return "card:" + c.card().value();
        } else if (this instanceof Group g) {
            return "group:" + g.group().value();
        } else if (this instanceof Service s) {
            return "service:" + s.service().value();
        }
        return "all";
    }

    /**
     * Parses the wire form.
     *
     * @throws IllegalArgumentException when malformed
     */
    static Target parse(String text) {
        Objects.requireNonNull(text, "target");
        if (text.equals("all")) {
            return all();
        } else if (text.startsWith("card:")) {
            return card(new CardNumber(text.substring(5)));
        } else if (text.startsWith("group:")) {
            return group(new GroupId(text.substring(6)));
        } else if (text.startsWith("service:")) {
            try {
                return service(new ServiceId(Integer.parseInt(text.substring(8))));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad service target '" + text + "'");
            }
        }
        throw new IllegalArgumentException("bad target '" + text + "'");
    }
}
