package org.opensms.sms.stock;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.opensms.sms.shared.FieldError;
import org.opensms.sms.shared.InvalidInputException;

/**
 * An import file had errors, so nothing of it was stored. Carries every error found (up to
 * {@link ShipmentParser#MAX_ERRORS}) by line and column; as field errors, the field is "line N, column".
 */
@ApplicationException(rollback = true)
public class StockImportRefusedException extends InvalidInputException {

    private final List<ImportError> errors;

    public StockImportRefusedException(List<ImportError> errors) {
        super(errors.stream().map(e -> new FieldError(
                (e.line() == 0 ? "file" : "line " + e.line()) + (e.column() == null ? "" : ", " + e.column()),
                e.message())).toList());
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
