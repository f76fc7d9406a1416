package org.opensms.sms.web.api.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.catalog.NcfRule;
import org.opensms.sms.catalog.NcfRuleDetails;
import org.opensms.sms.web.api.JsonInput;
import org.opensms.sms.web.api.Money;

/** A network capacity fee rule; also the body of POST /catalog/ncf-rules (without id and the recorded fields). */
@Schema(name = "NcfRule")
public record NcfRuleJson(
        @Schema(readOnly = true) Long id,
        @Schema(required = true, example = "NTO 2.0") String name,
        @Schema(description = "Two-letter state code; absent for every state", example = "KA") String state,
        @Schema(description = "e.g. RESIDENTIAL, HOTEL; absent for every class") String customerClass,
        @Schema(description = "Default today on POST") LocalDate effectiveFrom,
        @Schema(required = true, description = "Increasing upTo (SD-equivalent channels); the last may have none (any number)") List<Slab> slabs,
        @Schema(description = "Each started block of this many channels beyond the last bounded slab adds stepAmount") Integer stepChannels,
        String stepAmount,
        @Schema(required = true, description = "Share a further TV in the home pays, percent", example = "40.00") String additionalTvPercent,
        @Schema(readOnly = true) Instant recordedAt, @Schema(readOnly = true) String recordedBy) {

    /** Up to so many SD-equivalent channels (null: any number), this fee. */
    @Schema(name = "NcfSlab")
    public record Slab(Integer upTo, @Schema(example = "130.00") String amount) {
    }

    static NcfRuleJson of(NcfRule r) {
        return new NcfRuleJson(r.getId(), r.getName(), r.getState(), r.getCustomerClass(), r.getEffectiveFrom(),
                r.getSlabs().stream().map(s -> new Slab(s.getUpToChannels(), Money.text(s.getAmount()))).toList(),
                r.getStepChannels(), Money.text(r.getStepAmount()), Money.text(r.getAdditionalTvPercent()),
                r.getRecordedAt(), r.getRecordedBy());
    }

    static NcfRuleDetails read(JsonInput in) {
        in.allowOnly("name", "state", "customerClass", "effectiveFrom", "slabs", "stepChannels", "stepAmount",
                "additionalTvPercent");
        List<NcfRuleDetails.Slab> slabs = in.objects("slabs").stream().map(s -> {
            s.allowOnly("upTo", "amount");
            return new NcfRuleDetails.Slab(s.text("upTo"), s.text("amount"));
        }).toList();
        return new NcfRuleDetails(in.string("name"), in.string("state"), in.string("customerClass"),
                in.string("effectiveFrom"), slabs, in.text("stepChannels"), in.text("stepAmount"),
                in.text("additionalTvPercent"));
    }
}
