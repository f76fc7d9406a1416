package org.opensms.sms.cas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.opensms.sms.shared.StoredTime;

/**
 * One CAS command as issued: a journal row that is written once, in the transaction that issued the
 * command, and never changed. Its outcomes are {@link CasCommandOutcome} rows.
 */
@Entity
@Table(name = "cas_command")
public class CasCommandEntry {

    @Id
    @SequenceGenerator(name = "cas_command_seq", sequenceName = "cas_command_seq", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cas_command_seq")
    private Long id;

    @Column(name = "command_id", nullable = false, unique = true, length = 36, updatable = false)
    private String commandId;

    @Column(name = "kind", nullable = false, length = 32, updatable = false)
    private String kind;

    @Column(name = "card", length = 32, updatable = false)
    private String card;

    @Column(name = "subscriber", length = 20, updatable = false)
    private String subscriber;

    @Column(name = "target", nullable = false, length = 80, updatable = false)
    private String target;

    @Column(name = "requested_by", nullable = false, length = 64, updatable = false)
    private String requestedBy;

    @Column(name = "surface", nullable = false, length = 10, updatable = false)
    private String surface;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private OffsetDateTime requestedAt;

    protected CasCommandEntry() {
    }

    public CasCommandEntry(String commandId, String kind, String card, String subscriber, String target,
                           String requestedBy, String surface, Instant requestedAt) {
        this.commandId = commandId;
        this.kind = kind;
        this.card = card;
        this.subscriber = subscriber;
        this.target = target;
        this.requestedBy = requestedBy;
        this.surface = surface;
        this.requestedAt = StoredTime.utc(requestedAt);
    }

    public String getCommandId() { return commandId; }
    public String getKind() { return kind; }
    public String getCard() { return card; }
    /** The customer ID of the subscriber the command was issued for, or null. */
    public String getSubscriber() { return subscriber; }
    public String getTarget() { return target; }
    public String getRequestedBy() { return requestedBy; }
    public String getSurface() { return surface; }
    public Instant getRequestedAt() { return requestedAt.toInstant(); }
}
