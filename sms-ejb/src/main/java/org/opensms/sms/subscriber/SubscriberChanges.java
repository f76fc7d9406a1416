package org.opensms.sms.subscriber;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.opensms.sms.shared.Address;
import org.opensms.sms.shared.AddressInput;
import org.opensms.sms.shared.EmailAddress;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.MobileNumber;

/**
 * A request to change a subscriber's record, as text from any surface, with the version the caller last read.
 * Only the fields set here change; a field set to null or blank is cleared (refused for the required ones: name,
 * mobile and the addresses). Editable: {@value #EDITABLE_TEXT} and the two addresses. The customer ID, contract
 * number, status and registration details cannot be changed this way (the status moves by its own operations).
 */
public final class SubscriberChanges implements Serializable {

    static final String EDITABLE_TEXT = "name, mobile, email, landline, area, lco, cafNumber, cafDate";
    public static final Set<String> TEXT_FIELDS = Set.of("name", "mobile", "email", "landline", "area", "lco",
            "cafNumber", "cafDate");
    public static final Set<String> ADDRESS_FIELDS = Set.of("billingAddress", "installationAddress");

    private final Long expectedVersion;
    private final LinkedHashMap<String, String> texts = new LinkedHashMap<>();
    private final LinkedHashMap<String, AddressInput> addresses = new LinkedHashMap<>();

    /** @param expectedVersion the version the caller read; a change from any other version is refused as stale */
    public SubscriberChanges(Long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }

    /** Sets a text field (one of {@link #TEXT_FIELDS}); null or blank clears it. */
    public SubscriberChanges set(String field, String value) {
        if (!TEXT_FIELDS.contains(field)) {
            throw new IllegalArgumentException("not an editable text field: " + field);
        }
        texts.put(field, value);
        return this;
    }

    /** Replaces an address (one of {@link #ADDRESS_FIELDS}); null is refused, the addresses being required. */
    public SubscriberChanges setAddress(String field, AddressInput value) {
        if (!ADDRESS_FIELDS.contains(field)) {
            throw new IllegalArgumentException("not an address field: " + field);
        }
        addresses.put(field, value);
        return this;
    }

    public Long expectedVersion() {
        return expectedVersion;
    }

    public boolean isEmpty() {
        return texts.isEmpty() && addresses.isEmpty();
    }

    /** One field that really changed, with its old and new value as the history shows them. */
    public record FieldChange(String field, String oldValue, String newValue) implements Serializable {
    }

    /**
     * Checks every field set (all bad fields named at once, nothing changed if any is bad), then applies the ones
     * whose value differs and returns them. The mobile number's uniqueness is the service's to check.
     *
     * @param lcoIds   LCO code to id
     * @param lcoCodes LCO id to code, for the history
     */
    List<FieldChange> applyTo(Subscriber s, LocalDate today, Function<String, Optional<Long>> lcoIds,
                              Function<Long, String> lcoCodes) {
        InputCheck check = new InputCheck();
        Map<String, Object> values = new LinkedHashMap<>();
        texts.forEach((field, text) -> values.put(field, switch (field) {
            case "name" -> SubscriberFields.name(check, field, text);
            case "mobile" -> SubscriberFields.mobile(check, field, text);
            case "email" -> SubscriberFields.email(check, field, text);
            case "landline" -> SubscriberFields.landline(check, field, text);
            case "area" -> SubscriberFields.area(check, field, text);
            case "lco" -> SubscriberFields.lco(check, field, text, lcoIds);
            case "cafNumber" -> SubscriberFields.code(check, field, text, Subscriber.MAX_CAF_NUMBER);
            case "cafDate" -> SubscriberFields.cafDate(check, field, text, today);
            default -> throw new IllegalStateException(field);
        }));
        addresses.forEach((field, input) -> {
            if (input == null) {
                check.add(field, "is required");
            } else {
                values.put(field, input.read(check, field));
            }
        });
        boolean hasNumber = texts.containsKey("cafNumber") ? !blank(texts.get("cafNumber")) : s.getCafNumber() != null;
        boolean hasDate = texts.containsKey("cafDate") ? !blank(texts.get("cafDate")) : s.getCafDate() != null;
        SubscriberFields.cafPair(check, hasNumber, hasDate);
        if (s.getStatus() == SubscriberStatus.ACTIVE || s.getStatus() == SubscriberStatus.SUSPENDED) {
            if (texts.containsKey("cafNumber") && blank(texts.get("cafNumber"))) {
                check.add("cafNumber", "cannot be removed: subscriber " + s.getCustomerId() + " is " + s.getStatus());
            }
            if (texts.containsKey("cafDate") && blank(texts.get("cafDate"))) {
                check.add("cafDate", "cannot be removed: subscriber " + s.getCustomerId() + " is " + s.getStatus());
            }
        }
        check.throwIfInvalid();

        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String field = e.getKey();
            Object v = e.getValue();
            String before = shown(field, current(s, field), lcoCodes);
            String after = shown(field, v, lcoCodes);
            if (Objects.equals(before, after)) {
                continue;
            }
            switch (field) {
                case "name" -> s.setName((String) v);
                case "mobile" -> s.setMobile((MobileNumber) v);
                case "email" -> s.setEmail((EmailAddress) v);
                case "landline" -> s.setLandline((String) v);
                case "area" -> s.setArea((String) v);
                case "lco" -> s.setLcoId((Long) v);
                case "cafNumber" -> s.setCafNumber((String) v);
                case "cafDate" -> s.setCafDate((LocalDate) v);
                case "billingAddress" -> s.setBillingAddress((Address) v);
                case "installationAddress" -> s.setInstallationAddress((Address) v);
                default -> throw new IllegalStateException(field);
            }
            changes.add(new FieldChange(field, before, after));
        }
        return changes;
    }

    private static Object current(Subscriber s, String field) {
        return switch (field) {
            case "name" -> s.getName();
            case "mobile" -> s.getMobile();
            case "email" -> s.getEmail();
            case "landline" -> s.getLandline();
            case "area" -> s.getArea();
            case "lco" -> s.getLcoId();
            case "cafNumber" -> s.getCafNumber();
            case "cafDate" -> s.getCafDate();
            case "billingAddress" -> s.getBillingAddress();
            case "installationAddress" -> s.getInstallationAddress();
            default -> throw new IllegalStateException(field);
        };
    }

    /** A value as the history shows it: addresses on one line, the LCO by its code, dates as 2026-11-25. */
    static String shown(String field, Object v, Function<Long, String> lcoCodes) {
        if (v == null) {
            return null;
        }
        if (v instanceof Address a) {
            return a.getOneLine();
        }
        if ("lco".equals(field)) {
            return lcoCodes.apply((Long) v);
        }
        return v.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
