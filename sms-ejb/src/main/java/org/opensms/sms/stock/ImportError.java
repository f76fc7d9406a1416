package org.opensms.sms.stock;

import java.io.Serializable;

/**
 * One problem in an import file: the line (1 is the header; for Excel, the sheet's row number; 0 means the whole
 * file), the column by its header name (null when the problem is not in one column) and what is wrong.
 */
public record ImportError(int line, String column, String message) implements Serializable {

    @Override
    public String toString() {
        return (line == 0 ? "file" : "line " + line) + (column == null ? "" : ", column " + column) + ": " + message;
    }
}
