package org.opensms.sms.web.api.stock;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.stock.StockImportRefusedException;
import org.opensms.sms.web.api.ErrorJson;

/**
 * The 400 answer to a refused import: the API's usual error fields (each line error also as a field error named
 * "line N, column") plus {@code lines}, the same errors with line (0 = the whole file) and column apart.
 */
@Schema(name = "ImportError")
public record ImportErrorJson(String code, String message, List<ErrorJson.FieldErrorJson> errors, List<LineJson> lines) {

    /** One error of the file. */
    @Schema(name = "ImportLineError")
    public record LineJson(int line, String column, String message) {
    }

    static ImportErrorJson of(StockImportRefusedException e) {
        ErrorJson base = ErrorJson.of(e);
        return new ImportErrorJson(base.code(), "the file was not imported: " + e.errors().size() + " error(s)", base.errors(),
                e.errors().stream().map(l -> new LineJson(l.line(), l.column(), l.message())).toList());
    }
}
