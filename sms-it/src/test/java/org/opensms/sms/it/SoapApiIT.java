package org.opensms.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensms.sms.it.SmsServer.ADMIN;
import static org.opensms.sms.it.SmsServer.ADMIN_PASSWORD;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The SOAP interface of the deployed EAR, called with plain SOAP 1.1 envelopes as an ERP would send them. */
@ExtendWith(ArquillianExtension.class)
class SoapApiIT {

    private static final String PATH = "/ws/SubscriberService";
    private static final String NS = "urn:opensms:sms:1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SmsServer.ear();
    }

    /** Sends the body in an envelope; the answer comes back with namespace prefixes removed, for simple assertions. */
    private static Answer call(String body, String user, String password) {
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:s=\"" + NS
                + "\"><soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
        HttpResponse<String> r = SmsServer.send(SmsServer.request(PATH, user, password)
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)));
        return new Answer(r.statusCode(), r.body().replaceAll("<(/?)[A-Za-z0-9]+:", "<$1"));
    }

    private record Answer(int statusCode, String body) {
    }

    private static String registration(String name, String mobile, String pinCode) {
        return "<s:registerSubscriber><s:registration><s:name>" + name + "</s:name><s:mobile>" + mobile + "</s:mobile>"
                + "<s:billingAddress><s:line1>4 Park Street</s:line1><s:city>Kolkata</s:city><s:state>WB</s:state>"
                + "<s:pinCode>" + pinCode + "</s:pinCode></s:billingAddress></s:registration></s:registerSubscriber>";
    }

    @Test
    void theWsdlDescribesTheOperations() {
        HttpResponse<String> wsdl = SmsServer.get(PATH + "?wsdl", ADMIN, ADMIN_PASSWORD);
        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("registerSubscriber", "getSubscriber", "findSubscribers", "SmsFault");
        assertThat(SmsServer.get(PATH + "?wsdl", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void registerOverSoapAndReadOverSoapWhatRestRegistered() {
        String mobile = SmsServer.uniqueMobile();
        Answer r = call(registration("Sourav Ghosh", mobile, "700016"), ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("<mobile>" + mobile + "</mobile>", "<registeredVia>SOAP</registeredVia>")
                .containsPattern("<customerId>SMS\\d{8}</customerId>");

        String restMobile = SmsServer.uniqueMobile();
        HttpResponse<String> rest = SmsServer.postJson("/api/subscribers", SmsServer.registrationJson("Rest Person", restMobile),
                ADMIN, ADMIN_PASSWORD);
        String customerId = SmsServer.json(rest).getString("customerId");
        Answer read = call("<s:getSubscriber><s:customerId>" + customerId + "</s:customerId></s:getSubscriber>",
                ADMIN, ADMIN_PASSWORD);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("<customerId>" + customerId + "</customerId>", "<name>Rest Person</name>",
                "<registeredVia>REST</registeredVia>");

        Answer found = call("<s:findSubscribers><s:mobile>" + restMobile + "</s:mobile></s:findSubscribers>",
                ADMIN, ADMIN_PASSWORD);
        assertThat(found.body()).contains("<total>1</total>", "<customerId>" + customerId + "</customerId>");
    }

    @Test
    void badInputIsAFaultNamingTheFields() {
        Answer r = call(registration("", "12345", "0001"), ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.body()).contains("SmsFault", "<code>INVALID_INPUT</code>",
                "<field>name</field>", "<field>mobile</field>", "<field>billingAddress.pinCode</field>");

        Answer paging = call("<s:findSubscribers><s:limit>lots</s:limit></s:findSubscribers>", ADMIN, ADMIN_PASSWORD);
        assertThat(paging.body()).contains("<field>limit</field>", "must be a whole number");

        Answer missing = call("<s:getSubscriber><s:customerId>NOPE</s:customerId></s:getSubscriber>", ADMIN, ADMIN_PASSWORD);
        assertThat(missing.body()).contains("<code>NOT_FOUND</code>");
    }

    @Test
    void aDuplicateMobileIsAFault() {
        String mobile = SmsServer.uniqueMobile();
        assertThat(call(registration("Once", mobile, "700016"), ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        Answer twice = call(registration("Twice", mobile, "700016"), ADMIN, ADMIN_PASSWORD);
        assertThat(twice.body()).contains("<code>DUPLICATE</code>", "<field>mobile</field>");
    }

    @Test
    void callsWithoutValidCredentialsAreRefused() {
        assertThat(call(registration("Anon", SmsServer.uniqueMobile(), "700016"), null, null).statusCode()).isEqualTo(401);
        assertThat(call(registration("Anon", SmsServer.uniqueMobile(), "700016"), ADMIN, "wrong-password").statusCode()).isEqualTo(401);
    }
}
