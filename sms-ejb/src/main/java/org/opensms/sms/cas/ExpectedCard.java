package org.opensms.sms.cas;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.opensms.cas.api.ActivateCard;
import org.opensms.cas.api.AddEntitlement;
import org.opensms.cas.api.AssignGroup;
import org.opensms.cas.api.BlacklistCard;
import org.opensms.cas.api.CancelAllEntitlements;
import org.opensms.cas.api.CancelEntitlement;
import org.opensms.cas.api.CardCommand;
import org.opensms.cas.api.DeactivateCard;
import org.opensms.cas.api.PairStb;
import org.opensms.cas.api.UnblacklistCard;
import org.opensms.cas.api.UnpairStb;
import org.opensms.sms.shared.StoredTime;

/**
 * What the SMS has told the CAS one card should be: active or not, blacklisted or not, the STB it is paired with
 * and its entitlements. Every command issued for the card updates it in the command's transaction
 * ({@link #apply}); reconciliation compares it with what the CAS reports.
 */
@Entity
@Table(name = "cas_card_expected")
public class ExpectedCard {

    /**
     * One entitlement the card should have: a row of its own (key: card and product), so that a renewal updates its
     * dates in place instead of deleting and inserting it, and the card keeps EclipseLink's attribute change tracking
     * (an element collection would make the whole card compared field by field at every commit).
     */
    @Entity
    @Table(name = "cas_card_expected_entitlement")
    public static class ExpectedEntitlement {

        /** The key: card and product. */
        @Embeddable
        public static class Key implements Serializable {
            private static final long serialVersionUID = 1L;
            @Column(name = "card", length = 32)
            private String card;
            @Column(name = "product", nullable = false, length = 32)
            private String product;

            protected Key() {
            }

            Key(String card, String product) {
                this.card = card;
                this.product = product;
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && Objects.equals(card, k.card) && Objects.equals(product, k.product);
            }

            @Override
            public int hashCode() {
                return Objects.hash(card, product);
            }
        }

        @EmbeddedId
        private Key id;
        @MapsId("card")
        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "card")
        private ExpectedCard owner;
        @Column(name = "starts_at", nullable = false)
        private OffsetDateTime startsAt;
        @Column(name = "ends_at", nullable = false)
        private OffsetDateTime endsAt;

        protected ExpectedEntitlement() {
        }

        ExpectedEntitlement(ExpectedCard owner, String product, Instant start, Instant end) {
            this.id = new Key(owner.card, product);
            this.owner = owner;
            dates(start, end);
        }

        private void dates(Instant start, Instant end) {
            this.startsAt = StoredTime.utc(start);
            this.endsAt = StoredTime.utc(end);
        }

        public String getProduct() { return id.product; }
        public Instant getStart() { return startsAt.toInstant(); }
        public Instant getEnd() { return endsAt.toInstant(); }
    }

    @Id
    @Column(name = "card", length = 32)
    private String card;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "blacklisted", nullable = false)
    private boolean blacklisted;

    @Column(name = "stb", length = 32)
    private String stb;

    @Column(name = "last_command_id", nullable = false, length = 36)
    private String lastCommandId;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    // read only when needed: activation and pairing commands (bulk suspend, resume) lock and change the card's row alone;
    // (reconciliation reads a page of cards' entitlements in one query: hint eclipselink.batch)
    @OneToMany(mappedBy = "owner", fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
    private Set<ExpectedEntitlement> entitlements = new HashSet<>();

    protected ExpectedCard() {
    }

    public ExpectedCard(String card) {
        this.card = card;
    }

    /**
     * What the command, once the CAS applies it, makes of the card (the CAS's rules, PROTOCOL.md section 6):
     * activation, blacklist, pairing and entitlements change; group assignment and messages are not state the
     * SMS reconciles.
     */
    public void apply(CardCommand command, String commandId, Instant at) {
        if (command instanceof ActivateCard) {
            active = true;
        } else if (command instanceof DeactivateCard) {
            active = false;
        } else if (command instanceof BlacklistCard) {
            blacklisted = true;
        } else if (command instanceof UnblacklistCard) {
            blacklisted = false;
        } else if (command instanceof PairStb c) {
            stb = c.stb().value();
        } else if (command instanceof UnpairStb) {
            stb = null;
        } else if (command instanceof AddEntitlement c) {
            putEntitlement(c.product().value(), c.start(), c.end());
        } else if (command instanceof CancelEntitlement c) {
            removeEntitlement(c.product().value());
        } else if (command instanceof CancelAllEntitlements) {
            entitlements.clear();
        } else if (!(command instanceof AssignGroup)) {
            throw new IllegalArgumentException("no expected-state rule for " + command.kind());
        }
        this.lastCommandId = commandId;
        this.updatedAt = StoredTime.utc(at);
    }

    private void putEntitlement(String product, Instant start, Instant end) {
        for (ExpectedEntitlement e : entitlements) {
            if (e.getProduct().equals(product)) {
                e.dates(start, end);   // a renewal: the row's dates change in place
                return;
            }
        }
        entitlements.add(new ExpectedEntitlement(this, product, start, end));
    }

    private void removeEntitlement(String product) {
        entitlements.removeIf(e -> e.getProduct().equals(product));
    }

    public String getCard() { return card; }
    public boolean isActive() { return active; }
    public boolean isBlacklisted() { return blacklisted; }
    public String getStb() { return stb; }
    public String getLastCommandId() { return lastCommandId; }
    public Instant getUpdatedAt() { return updatedAt.toInstant(); }
    public Set<ExpectedEntitlement> getEntitlements() { return entitlements; }
}
