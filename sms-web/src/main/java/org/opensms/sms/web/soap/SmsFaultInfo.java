package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** The detail of every SMS SOAP fault: a stable code, a message and the fields at fault. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SmsFaultInfo", propOrder = {"code", "message", "fieldError"})
public class SmsFaultInfo {
    public String code;
    public String message;
    @XmlElement(name = "fieldError")
    public List<FieldErrorData> fieldError = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "FieldError", propOrder = {"field", "message"})
    public static class FieldErrorData {
        public String field;
        public String message;
    }
}
