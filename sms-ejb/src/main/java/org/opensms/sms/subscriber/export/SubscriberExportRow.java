package org.opensms.sms.subscriber.export;

import org.opensms.sms.shared.BusinessCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.opensms.sms.shared.Address;
import org.opensms.sms.subscriber.Subscriber;

/**
 * One subscriber as every export format writes it: the columns an auditor asks for, in this order. Optional values
 * are null. {@link #registeredAt} is the registration time in India (IST), to the second.
 */
public record SubscriberExportRow(String customerId, String contractNumber, String name, String mobile, String email,
                                  String landline, String address, String city, String state, String pinCode,
                                  String area, String lcoCode, String status, String cafNumber, LocalDate cafDate,
                                  LocalDateTime registeredAt) {

    /** Column titles, in the order of {@link #values()}. */
    public static final List<String> HEADERS = List.of("Customer ID", "Contract number", "Name", "Mobile", "E-mail",
            "Landline", "Installation address", "City", "State", "PIN code", "Area", "LCO code", "Status",
            "CAF number", "CAF date", "Registered at (IST)");

    /** How dates and times are written as text (CSV, PDF): ISO, so that they sort and parse everywhere. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public static SubscriberExportRow of(Subscriber s, String lcoCode) {
        Address a = s.getInstallationAddress();
        String line = a.getLine2() == null || a.getLine2().isBlank() ? a.getLine1() : a.getLine1() + ", " + a.getLine2();
        return new SubscriberExportRow(s.getCustomerId().value(), s.getContractNumber(), s.getName(),
                s.getMobile().digits(), s.getEmail() == null ? null : s.getEmail().value(), s.getLandline(), line,
                a.getCity(), a.getState().name(), a.getPinCode(), s.getArea(), lcoCode, s.getStatus().name(),
                s.getCafNumber(), s.getCafDate(), LocalDateTime.ofInstant(s.getRegisteredAt(), BusinessCalendar.INDIA));
    }

    /** The values as text in the order of {@link #HEADERS}; null stays null. */
    public List<String> values() {
        return Arrays.asList(customerId, contractNumber, name, mobile, email, landline, address, city, state, pinCode,
                area, lcoCode, status, cafNumber, cafDate == null ? null : cafDate.toString(),
                registeredAt.format(DATE_TIME));
    }
}
