package org.opensms.sms.web.security;

import java.io.Serializable;
import java.util.Set;

/** The console user remembered in the HTTP session after a successful form login. */
record SessionCaller(String name, Set<String> groups) implements Serializable {
}
