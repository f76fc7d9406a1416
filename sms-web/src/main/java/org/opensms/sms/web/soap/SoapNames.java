package org.opensms.sms.web.soap;

/** The XML namespace of the SMS SOAP interface, version 1. */
final class SoapNames {

    static final String NAMESPACE = "urn:opensms:sms:1";

    private SoapNames() {
    }
}
