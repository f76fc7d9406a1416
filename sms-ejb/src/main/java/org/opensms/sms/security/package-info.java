/**
 * Who may do what: user accounts with hashed passwords and their roles, the role names every
 * service checks, and the start-up step that creates the first MSO administrator.
 */
package org.opensms.sms.security;
