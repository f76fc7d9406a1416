package org.opensms.sms.cas;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
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

    /** One entitlement the card should have. */
    @Embeddable
    public static class ExpectedEntitlement {
        @Column(name = "product", nullable = false, length = 32)
        private String product;
        @Column(name = "starts_at", nullable = false)
        private OffsetDateTime startsAt;
        @Column(name = "ends_at", nullable = false)
        private OffsetDateTime endsAt;

        protected ExpectedEntitlement() {
        }

        public ExpectedEntitlement(String product, Instant start, Instant end) {
            this.product = product;
            this.startsAt = StoredTime.utc(start);
            this.endsAt = StoredTime.utc(end);
        }

        public String getProduct() { return product; }
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
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "cas_card_expected_entitlement", joinColumns = @JoinColumn(name = "card"))
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
        entitlements.removeIf(e -> e.getProduct().equals(product));
        entitlements.add(new ExpectedEntitlement(product, start, end));
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
