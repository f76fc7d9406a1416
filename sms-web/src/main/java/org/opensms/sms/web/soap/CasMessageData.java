package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import org.opensms.sms.cas.CasMessageRequest;
import org.opensms.sms.shared.InputCheck;

/**
 * An on-screen display, a mail or a fingerprint, as {@link CasMessageRequest} documents it (the same fields as REST
 * {@code POST /api/cas/messages}). Whole numbers travel as text so that a malformed one is named, not read as 0.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CasMessage", propOrder = {"kind", "target", "subscriber", "text", "position", "durationSeconds",
        "repetitions", "forced", "subject", "body", "mode", "x", "y", "fontSize", "foreground", "background",
        "showStbNumber", "showCardNumber", "message"})
public class CasMessageData {
    public String kind;
    public String target;
    public String subscriber;
    public String text;
    public String position;
    @XmlSchemaType(name = "int")
    public String durationSeconds;
    @XmlSchemaType(name = "int")
    public String repetitions;
    public Boolean forced;
    public String subject;
    public String body;
    public String mode;
    @XmlSchemaType(name = "int")
    public String x;
    @XmlSchemaType(name = "int")
    public String y;
    @XmlSchemaType(name = "int")
    public String fontSize;
    public String foreground;
    public String background;
    public Boolean showStbNumber;
    public Boolean showCardNumber;
    public String message;

    /** The request; a malformed number is recorded against its field. */
    CasMessageRequest toRequest(InputCheck check) {
        return new CasMessageRequest(kind, target, subscriber, text, position, whole(check, "durationSeconds", durationSeconds),
                whole(check, "repetitions", repetitions), forced, subject, body, mode, whole(check, "x", x),
                whole(check, "y", y), whole(check, "fontSize", fontSize), foreground, background, showStbNumber,
                showCardNumber, message);
    }

    private static Integer whole(InputCheck check, String field, String text) {
        return check.whole(field, text, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
}
