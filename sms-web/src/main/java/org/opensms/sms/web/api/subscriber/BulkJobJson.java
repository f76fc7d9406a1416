package org.opensms.sms.web.api.subscriber;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.subscriber.bulk.BulkJob;

/** A bulk suspend/resume job with its progress: done of total, and how many were changed, skipped, failed. */
@Schema(name = "BulkJob")
public record BulkJobJson(long id, String action, String targetKind, String target, String reason, String requestedBy,
                          Instant requestedAt, String requestedVia, String status, long total, long done, int percent,
                          long succeeded, long skipped, long failed, Instant finishedAt, String message) {

    public static BulkJobJson of(BulkJob j) {
        return new BulkJobJson(j.getId(), j.getAction().name(), j.getTargetKind().name(), j.getTarget(), j.getReason(),
                j.getRequestedBy(), j.getRequestedAt(), j.getRequestedVia().name(), j.getStatus().name(), j.getTotal(),
                j.getDone(), j.getPercent(), j.getSucceeded(), j.getSkipped(), j.getFailed(), j.getFinishedAt(),
                j.getMessage());
    }
}
