package org.opensms.sms.audit;

import java.util.List;

/**
 * A verification of the journal seals: every seal checked against its rows as they are now, and the anchors an auditor
 * gave (digests noted at an earlier audit).
 */
public record SealVerification(List<SealCheck> checks, List<AnchorCheck> anchors) {

    /** Whether every seal is intact and every anchor found. */
    public boolean intact() {
        return checks.stream().allMatch(SealCheck::intact) && anchors.stream().allMatch(AnchorCheck::found);
    }
}
