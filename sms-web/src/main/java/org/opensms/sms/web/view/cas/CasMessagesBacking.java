package org.opensms.sms.web.view.cas;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.opensms.cas.api.Fingerprint;
import org.opensms.cas.api.FingerprintMode;
import org.opensms.cas.api.OsdPosition;
import org.opensms.cas.api.SendMail;
import org.opensms.cas.api.SendOsd;
import org.opensms.sms.cas.CasCommandService;
import org.opensms.sms.cas.CasMessageRequest;
import org.opensms.sms.security.Roles;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.web.view.shared.FacesMessages;

/**
 * Messages to set-top boxes (/cas/messages.xhtml): an on-screen display, a mail to the STB inbox or a fingerprint, to
 * one card, a CAS group, every card, or (fingerprints) the viewers of a service. The fields start at the defaults of
 * {@link CasMessageRequest}; the service checks everything and names each bad field.
 */
@Named
@ViewScoped
public class CasMessagesBacking implements Serializable {

    /** Who receives the message, as the page offers it. */
    public enum Reach { CARD, GROUP, ALL, SERVICE }

    @Inject
    CasCommandService cas;
    @Inject
    SecurityContext security;

    private String kind = "SEND_OSD";
    private Reach reach = Reach.CARD;
    private String addressee;
    private String subscriber;

    private String text;
    private OsdPosition position = CasMessageRequest.DEFAULT_POSITION;
    private Integer osdSeconds = CasMessageRequest.DEFAULT_OSD_SECONDS;
    private Integer repetitions = CasMessageRequest.DEFAULT_REPETITIONS;
    private boolean forced;

    private String subject;
    private String body;

    private FingerprintMode mode = FingerprintMode.OVERT;
    private Integer x = CasMessageRequest.DEFAULT_X;
    private Integer y = CasMessageRequest.DEFAULT_Y;
    private Integer fontSize = CasMessageRequest.DEFAULT_FONT_SIZE;
    private String foreground = CasMessageRequest.DEFAULT_FOREGROUND.hex();
    private String background = CasMessageRequest.DEFAULT_BACKGROUND.hex();
    private Integer fingerprintSeconds = CasMessageRequest.DEFAULT_FINGERPRINT_SECONDS;
    private boolean showStbNumber = true;
    private boolean showCardNumber = true;
    private String fingerprintMessage;

    private String sentCommandId;
    private String sentTo;
    private String sentKind;

    public void send() {
        CasMessageRequest request = switch (kind) {
            case "SEND_MAIL" -> new CasMessageRequest(kind, target(), subscriber, null, null, null, null, null, subject,
                    body, null, null, null, null, null, null, null, null, null);
            case "FINGERPRINT" -> new CasMessageRequest(kind, target(), subscriber, null, null, fingerprintSeconds, null,
                    null, null, null, mode.name(), x, y, fontSize, foreground, background, showStbNumber,
                    showCardNumber, fingerprintMessage);
            default -> new CasMessageRequest(kind, target(), subscriber, text, position.name(), osdSeconds, repetitions,
                    forced, null, null, null, null, null, null, null, null, null, null, null);
        };
        try {
            sentCommandId = cas.send(request, Surface.CONSOLE).value();
            sentTo = target();
            sentKind = kind;
            FacesMessages.info(kind + " to " + sentTo + " queued for the CAS as command " + sentCommandId);
        } catch (BusinessException e) {
            sentCommandId = null;
            FacesMessages.show(e, "message", this::inputOf);
        }
    }

    /** The page's input for a field the service names. */
    private String inputOf(String field) {
        return switch (field) {
            case "target" -> "addressee";
            case "durationSeconds" -> "FINGERPRINT".equals(kind) ? "fingerprintSeconds" : "osdSeconds";
            case "message" -> "fingerprintMessage";
            default -> field;
        };
    }

    /** The target as the service takes it: card:N, group:G, all or service:ID. */
    private String target() {
        String a = addressee == null ? "" : addressee.strip();
        return switch (reach) {
            case ALL -> "all";
            case CARD -> "card:" + a;
            case GROUP -> "group:" + a;
            case SERVICE -> "service:" + a;
        };
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Roles.MSO_ADMIN);
    }

    /** The reaches this caller may choose: all and service are an administrator's, and a service only fingerprints'. */
    public List<Reach> getReaches() {
        return Arrays.stream(Reach.values())
                .filter(r -> isAdmin() || r == Reach.CARD || r == Reach.GROUP)
                .filter(r -> r != Reach.SERVICE || "FINGERPRINT".equals(kind))
                .toList();
    }

    public String reachLabel(Reach r) {
        return switch (r) {
            case CARD -> "One smart card";
            case GROUP -> "A CAS group";
            case ALL -> "Every card";
            case SERVICE -> "Viewers of a service (ECM)";
        };
    }

    /** What the addressee field holds for the chosen reach. */
    public String getAddresseeLabel() {
        return switch (reach) {
            case CARD -> "Card number";
            case GROUP -> "Group";
            case SERVICE -> "DVB service id";
            case ALL -> "";
        };
    }

    public void kindChanged() {
        if (reach == Reach.SERVICE && !"FINGERPRINT".equals(kind)) {
            reach = Reach.CARD;
        }
    }

    public List<String> getKinds() {
        return List.of("SEND_OSD", "SEND_MAIL", "FINGERPRINT");
    }

    public String kindLabel(String k) {
        return switch (k) {
            case "SEND_MAIL" -> "Mail to the STB inbox";
            case "FINGERPRINT" -> "Fingerprint";
            default -> "On-screen display";
        };
    }

    public List<OsdPosition> getPositions() {
        return CasMessageRequest.POSITIONS;
    }

    public String positionLabel(OsdPosition p) {
        String s = p.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public List<FingerprintMode> getModes() {
        return List.of(FingerprintMode.values());
    }

    public int getMaxText() { return SendOsd.MAX_TEXT; }
    public int getMaxSubject() { return SendMail.MAX_SUBJECT; }
    public int getMaxBody() { return SendMail.MAX_BODY; }
    public int getMaxFingerprintMessage() { return Fingerprint.MAX_MESSAGE; }
    public int getMaxOsdSeconds() { return SendOsd.MAX_DURATION; }
    public int getMaxRepetitions() { return SendOsd.MAX_REPETITIONS; }
    public int getMaxFingerprintSeconds() { return Fingerprint.MAX_DURATION; }
    public int getMinFontSize() { return Fingerprint.MIN_FONT_SIZE; }
    public int getMaxFontSize() { return Fingerprint.MAX_FONT_SIZE; }
    public int getMaxPosition() { return Fingerprint.MAX_POSITION; }

    public String getSentCommandId() { return sentCommandId; }
    public String getSentTo() { return sentTo; }
    public String getSentKind() { return sentKind; }

    /** The card the last message went to, or null when it went to more than one card. */
    public String getSentCard() {
        return sentTo != null && sentTo.startsWith("card:") ? sentTo.substring("card:".length()) : null;
    }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public Reach getReach() { return reach; }
    public void setReach(Reach v) { reach = v; }
    public String getAddressee() { return addressee; }
    public void setAddressee(String v) { addressee = v; }
    public String getSubscriber() { return subscriber; }
    public void setSubscriber(String v) { subscriber = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public OsdPosition getPosition() { return position; }
    public void setPosition(OsdPosition v) { position = v; }
    public Integer getOsdSeconds() { return osdSeconds; }
    public void setOsdSeconds(Integer v) { osdSeconds = v; }
    public Integer getRepetitions() { return repetitions; }
    public void setRepetitions(Integer v) { repetitions = v; }
    public boolean isForced() { return forced; }
    public void setForced(boolean v) { forced = v; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { subject = v; }
    public String getBody() { return body; }
    public void setBody(String v) { body = v; }
    public FingerprintMode getMode() { return mode; }
    public void setMode(FingerprintMode v) { mode = v; }
    public Integer getX() { return x; }
    public void setX(Integer v) { x = v; }
    public Integer getY() { return y; }
    public void setY(Integer v) { y = v; }
    public Integer getFontSize() { return fontSize; }
    public void setFontSize(Integer v) { fontSize = v; }
    public String getForeground() { return foreground; }
    public void setForeground(String v) { foreground = v; }
    public String getBackground() { return background; }
    public void setBackground(String v) { background = v; }
    public Integer getFingerprintSeconds() { return fingerprintSeconds; }
    public void setFingerprintSeconds(Integer v) { fingerprintSeconds = v; }
    public boolean isShowStbNumber() { return showStbNumber; }
    public void setShowStbNumber(boolean v) { showStbNumber = v; }
    public boolean isShowCardNumber() { return showCardNumber; }
    public void setShowCardNumber(boolean v) { showCardNumber = v; }
    public String getFingerprintMessage() { return fingerprintMessage; }
    public void setFingerprintMessage(String v) { fingerprintMessage = v; }
}
