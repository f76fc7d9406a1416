package org.opensms.sms.web.api.subscriber;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What to suspend or resume in bulk: a reason and exactly one of an LCO code, an area, or the subscriber list's
 * filter (text filters match from the start).
 */
@Schema(name = "BulkJobRequest")
public record BulkJobRequestJson(String reason, String lco, String area, Filter filter) {

    /** The filters of {@code GET /api/subscribers}. */
    @Schema(name = "BulkJobFilter")
    public record Filter(String customerId, String name, String mobile, String city, String state, String status,
                         String lco, String area, String stb, String card) {
    }
}
