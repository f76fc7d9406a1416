package org.opensms.sms.security.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opensms.sms.security.PasswordHashing;
import org.opensms.sms.security.PasswordPolicy;
import org.opensms.sms.security.Roles;
import org.opensms.sms.security.UserAccount;

/**
 * Creates the first MSO administrator when no account holds that role, so the product never ships
 * with a fixed default password. The password is read from a file the operator (or the run command)
 * wrote; when there is no such file, a random one is generated and written there for the operator to
 * read once and delete. Only the hash is stored.
 * <p>Configuration: {@code sms.admin.username} (default {@code admin}) and
 * {@code sms.admin.initial-password-file} (default {@code <domain>/config/sms-initial-admin-password}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    AccountRepository accounts;
    @Inject
    Pbkdf2PasswordHash passwordHash;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "sms.admin.username", defaultValue = "admin")
    String username;
    @Inject
    @ConfigProperty(name = "sms.admin.initial-password-file")
    Optional<String> passwordFile;

    @PostConstruct
    void createIfMissing() {
        if (accounts.anyWithRole(Roles.MSO_ADMIN)) {
            return;
        }
        Path file = passwordFile.map(Path::of).orElseGet(() ->
                Path.of(System.getProperty("com.sun.aas.instanceRoot", "."), "config", "sms-initial-admin-password"));
        String password = readOrGenerate(file);
        if (password.length() < PasswordPolicy.MIN_PASSWORD) {
            throw new IllegalStateException("The initial administrator password in " + file + " is shorter than "
                    + PasswordPolicy.MIN_PASSWORD + " characters; write a longer one and redeploy");
        }
        PasswordHashing.configure(passwordHash);
        accounts.add(new UserAccount(username, passwordHash.generate(password.toCharArray()), Set.of(Roles.MSO_ADMIN),
                clock.instant()));
        LOG.warning("Created the first MSO administrator '" + username + "'. Its password is in " + file
                + ": read it, then delete the file.");
    }

    private static String readOrGenerate(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            SecureRandom random = new SecureRandom();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, sb + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                LOG.warning("Cannot restrict permissions of " + file + " on this file system");
            }
            return sb.toString();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or write the initial administrator password file " + file, e);
        }
    }
}
