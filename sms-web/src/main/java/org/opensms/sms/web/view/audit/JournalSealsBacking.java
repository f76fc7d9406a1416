package org.opensms.sms.web.view.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.opensms.sms.audit.JournalSeal;
import org.opensms.sms.audit.JournalSealService;
import org.opensms.sms.audit.SealVerification;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.web.view.shared.FacesMessages;

/**
 * Journal seals (/audit/seals.xhtml, administrators): each journal's latest seal, whose digest an auditor notes and
 * keeps outside the database; sealing now; and the verification of every seal, with the anchors noted at an earlier
 * audit.
 */
@Named
@ViewScoped
public class JournalSealsBacking implements Serializable {

    /** A journal's seals in short. */
    public record JournalRow(String journal, long seals, Long lastId, String digest, Instant sealedAt) implements Serializable {
    }

    /** A seal that did not verify. */
    public record CheckRow(String journal, long firstId, long lastId, long rowsSealed, long rowsNow, String state)
            implements Serializable {
    }

    /** An anchor and whether a seal still holds it. */
    public record AnchorRow(String digest, boolean found, String journal, Long lastId) implements Serializable {
    }

    /** The last verification on this page. */
    public record Verification(boolean intact, int seals, List<CheckRow> notIntact, List<AnchorRow> anchors)
            implements Serializable {
        public long missingAnchors() {
            return anchors.stream().filter(a -> !a.found()).count();
        }
    }

    @Inject
    JournalSealService seals;

    private String anchors;
    private Verification verification;

    public List<JournalRow> getJournals() {
        return seals.summaries().stream().map(s -> {
            JournalSeal l = s.latest();
            return new JournalRow(s.journal().name(), s.seals(), l == null ? null : l.getLastId(),
                    l == null ? null : l.getDigest(), l == null ? null : l.getSealedAt());
        }).toList();
    }

    public void sealNow() {
        List<JournalSeal> made = seals.sealNow();
        FacesMessages.info(made.isEmpty() ? "Nothing to seal: no unsealed row is older than an hour"
                : made.size() + " seal(s) made: " + String.join(", ", made.stream()
                        .map(s -> s.getJournal().name() + " " + s.getRowCount() + " rows").toList()));
    }

    /** Verifies every seal, and the anchors typed in (digests separated by spaces, commas or line breaks). */
    public void verify() {
        List<String> given = anchors == null || anchors.isBlank() ? List.of()
                : Arrays.stream(anchors.strip().split("[\\s,;]+")).toList();
        SealVerification v;
        try {
            v = seals.verify(given);
        } catch (BusinessException e) {
            verification = null;
            FacesMessages.show(e, "verify", field -> "anchors");
            return;
        }
        List<CheckRow> bad = v.checks().stream().filter(c -> !c.intact()).map(c -> new CheckRow(c.journal().name(),
                c.firstId(), c.lastId(), c.rowsSealed(), c.rowsNow(), c.state().name())).toList();
        List<AnchorRow> rows = v.anchors().stream().map(a -> new AnchorRow(a.digest(), a.found(),
                a.journal() == null ? null : a.journal().name(), a.lastId())).toList();
        verification = new Verification(v.intact(), v.checks().size(), bad, rows);
    }

    public String getAnchors() { return anchors; }
    public void setAnchors(String v) { anchors = v; }
    public Verification getVerification() { return verification; }
}
