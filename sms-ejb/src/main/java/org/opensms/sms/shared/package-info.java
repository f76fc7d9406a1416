/**
 * What every capability shares: the error model (business exceptions with stable codes and the
 * fields they concern), the caller and surface of a request, paging, input checks and the clock.
 * Schema migration and other start-up work live in {@code internal}.
 */
package org.opensms.sms.shared;
