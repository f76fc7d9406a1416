package org.opensms.sms.catalog;

/** A channel or product on sale (ACTIVE) or withdrawn: withdrawn ones cannot be put in products nor subscribed. */
public enum CatalogStatus {
    ACTIVE, WITHDRAWN
}
