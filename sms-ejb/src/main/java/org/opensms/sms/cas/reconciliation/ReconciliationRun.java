package org.opensms.sms.cas.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.opensms.sms.shared.StoredTime;

/** One comparison of every card the SMS knows with the CAS: who started it, how far it got, what it found. */
@Entity
@Table(name = "cas_reconciliation_run")
public class ReconciliationRun {

    public enum Trigger { SCHEDULED, ON_DEMAND }

    public enum Status { RUNNING, DONE, FAILED }

    @Id
    @SequenceGenerator(name = "cas_reconciliation_seq", sequenceName = "cas_reconciliation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cas_reconciliation_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "run_trigger", nullable = false, length = 12)
    private Trigger trigger;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    @Column(name = "cards_compared", nullable = false)
    private long cardsCompared;

    @Column(name = "cards_in_flight", nullable = false)
    private long cardsInFlight;

    @Column(name = "cards_differing", nullable = false)
    private long cardsDiffering;

    @Column(name = "commands_resent", nullable = false)
    private long commandsResent;

    @Column(name = "last_card", length = 32)
    private String lastCard;

    @Column(name = "message", length = 500)
    private String message;

    protected ReconciliationRun() {
    }

    public ReconciliationRun(Trigger trigger, String requestedBy, Instant at) {
        this.trigger = trigger;
        this.requestedBy = requestedBy;
        this.startedAt = StoredTime.utc(at);
        this.updatedAt = startedAt;
        this.status = Status.RUNNING;
    }

    /** Counts one chunk of cards and remembers where the next starts. */
    public void progressed(long compared, long inFlight, long differing, long resent, String lastCard, Instant at) {
        this.cardsCompared += compared;
        this.cardsInFlight += inFlight;
        this.cardsDiffering += differing;
        this.commandsResent += resent;
        this.lastCard = lastCard;
        this.updatedAt = StoredTime.utc(at);
    }

    public void finish(Status status, String message, Instant at) {
        this.status = status;
        this.message = message == null || message.length() <= 500 ? message : message.substring(0, 500);
        this.finishedAt = StoredTime.utc(at);
        this.updatedAt = finishedAt;
    }

    public Long getId() { return id; }
    public Trigger getTrigger() { return trigger; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getStartedAt() { return startedAt.toInstant(); }
    public Instant getUpdatedAt() { return updatedAt.toInstant(); }
    public Instant getFinishedAt() { return finishedAt == null ? null : finishedAt.toInstant(); }
    public Status getStatus() { return status; }
    public long getCardsCompared() { return cardsCompared; }
    public long getCardsInFlight() { return cardsInFlight; }
    public long getCardsDiffering() { return cardsDiffering; }
    public long getCommandsResent() { return commandsResent; }
    public String getLastCard() { return lastCard; }
    public String getMessage() { return message; }
}
