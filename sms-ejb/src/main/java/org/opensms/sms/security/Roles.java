package org.opensms.sms.security;

/** Role names, as stored with each account and checked by {@code @RolesAllowed}. */
public final class Roles {

    /** MSO administrator: everything, including user accounts. */
    public static final String MSO_ADMIN = "MSO_ADMIN";
    /** MSO staff: subscribers, devices, catalog and billing operations; no user administration. */
    public static final String MSO_OPERATOR = "MSO_OPERATOR";
    /** Local cable operator: only its own subscribers and devices. */
    public static final String LCO = "LCO";

    public static final String[] ALL = {MSO_ADMIN, MSO_OPERATOR, LCO};

    private Roles() {
    }
}
