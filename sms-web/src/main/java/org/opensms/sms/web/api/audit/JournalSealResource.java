package org.opensms.sms.web.api.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opensms.sms.audit.AnchorCheck;
import org.opensms.sms.audit.JournalSeal;
import org.opensms.sms.audit.JournalSealService;
import org.opensms.sms.audit.SealCheck;
import org.opensms.sms.audit.SealVerification;
import org.opensms.sms.web.api.ErrorJson;

/**
 * The seals of the append-only journals over REST (administrators): the seals, sealing now, and the verification of
 * every seal against the rows as they are now.
 */
@RequestScoped
@Path("audit/journal-seals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class JournalSealResource {

    /** A seal. */
    @Schema(name = "JournalSeal")
    public record SealJson(String journal, long firstId, long lastId, long rows, String digest, String previousDigest,
                           Instant sealedAt) {
        static SealJson of(JournalSeal s) {
            return new SealJson(s.getJournal().name(), s.getFirstId(), s.getLastId(), s.getRowCount(), s.getDigest(),
                    s.getPreviousDigest(), s.getSealedAt());
        }
    }

    /** The verification: intact when every seal is and every anchor given is found. */
    @Schema(name = "JournalSealVerification")
    public record VerificationJson(boolean intact, long seals, List<SealCheck> checks, List<AnchorCheck> anchors) {
    }

    @Inject
    JournalSealService seals;

    @GET
    @Operation(summary = "The journals' seals", description = "Each covers a run of a journal's rows by id (CAS_COMMAND,"
            + " CAS_OUTCOME, SUBSCRIPTION_EVENT, SUBSCRIBER_CHANGE,"
            + " DEVICE_MOVEMENT), with their number and the SHA-256 of their contents chained to the journal's previous"
            + " seal. Rows are sealed once older than an hour, every ten minutes.")
    public List<SealJson> list() {
        return seals.seals().stream().map(SealJson::of).toList();
    }

    @POST
    @Operation(summary = "Seal now what is old enough", description = "The new seals (none when no row is older than an"
            + " hour and unsealed).")
    public List<SealJson> sealNow() {
        return seals.sealNow().stream().map(SealJson::of).toList();
    }

    @GET
    @Path("verification")
    @Operation(summary = "Verify every seal against the rows as they are now", description = "Each seal's state: INTACT,"
            + " CHANGED (a row altered), ROWS_CHANGED (rows added to or removed from its run) or CHAIN_BROKEN (the seal"
            + " itself altered, or one before it removed). Optional 'anchor' parameters (up to 100): digests an"
            + " auditor noted at an earlier audit and kept outside the database; each is reported found or not, since"
            + " rows and seals rewritten together before it change it. 'intact' is true when every seal is intact and"
            + " every anchor found.")
    @APIResponse(responseCode = "200", description = "The verification")
    @APIResponse(responseCode = "400", description = "An anchor that is not 64 hexadecimal digits, or more than 100",
            content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public VerificationJson verify(@QueryParam("anchor") List<String> anchor) {
        SealVerification v = seals.verify(anchor == null ? List.of() : anchor);
        return new VerificationJson(v.intact(), v.checks().size(), v.checks(), v.anchors());
    }
}
