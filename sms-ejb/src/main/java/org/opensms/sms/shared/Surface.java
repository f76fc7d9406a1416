package org.opensms.sms.shared;

/** Where a request came from; recorded with every change so auditors can see the source. */
public enum Surface {
    CONSOLE, REST, SOAP, SYSTEM
}
