/**
 * SOAP endpoints for ERP integrations (JAX-WS, WSDL at {@code /sms/ws/<Service>?wsdl}). Each endpoint
 * is thin: it turns XML data into the service's input, makes one service call and maps the result;
 * business refusals become an {@link org.opensms.sms.web.soap.SmsFault} naming the fields at fault.
 */
@XmlSchema(namespace = SoapNames.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
