package org.opensms.sms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.opensms.sms.security.PasswordHashing;

/**
 * The identity store: accounts in the application's own database (tables user_account and
 * user_role), passwords checked against their PBKDF2 hashes with the same parameters that
 * {@link PasswordHashing} uses to create them. Disabled accounts are not found.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/sms",
        callerQuery = "select password_hash from user_account where username = ? and disabled_at is null",
        groupsQuery = "select role from user_role where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {PasswordHashing.ALGORITHM, PasswordHashing.ITERATIONS,
                PasswordHashing.SALT_SIZE, PasswordHashing.KEY_SIZE})
public class IdentityStoreSetup {
}
