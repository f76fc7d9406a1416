package org.opensms.sms.audit;

import java.time.Instant;

/**
 * Whether a digest an auditor noted earlier (an anchor, kept outside the database) is still a seal of its journal's
 * chain. Seals chain each digest to the one before, so rows and seals rewritten together before the anchor change it
 * and the anchor is no longer found.
 *
 * @param found    whether a seal holds the digest; journal, lastId and sealedAt are that seal's, null when not found
 */
public record AnchorCheck(String digest, boolean found, SealedJournal journal, Long lastId, Instant sealedAt) {
}
