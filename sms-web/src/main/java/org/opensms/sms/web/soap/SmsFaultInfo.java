package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * The detail of every SMS SOAP fault: a stable code, a message and the fields at fault; for a refused stock import
 * also {@code lineError}, every error of the file by line (1 is the header, 0 the whole file) and column.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SmsFaultInfo", propOrder = {"code", "message", "fieldError", "lineError"})
public class SmsFaultInfo {
    public String code;
    public String message;
    @XmlElement(name = "fieldError")
    public List<FieldErrorData> fieldError = new ArrayList<>();
    @XmlElement(name = "lineError")
    public List<LineErrorData> lineError = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "FieldError", propOrder = {"field", "message"})
    public static class FieldErrorData {
        public String field;
        public String message;
    }

    /** One error of an import file; column is the header's name, absent when the error is not in one column. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ImportLineError", propOrder = {"line", "column", "message"})
    public static class LineErrorData {
        public int line;
        public String column;
        public String message;
    }
}
