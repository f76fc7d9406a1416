package org.opensms.sms.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;

/**
 * A login for a person or an integration. Holds only the password's PBKDF2 hash; the roles decide
 * what the account may do. Disabled accounts cannot log in; accounts are never deleted, so that
 * audit records keep naming someone who existed.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    /** When the account was disabled; null while it may log in. A timestamp, not a flag, so that every database stores it alike. */
    @Column(name = "disabled_at")
    private OffsetDateTime disabledAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role", length = 20, nullable = false)
    private Set<String> roles = new TreeSet<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, Set<String> roles, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = new TreeSet<>(roles);
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    }

    public String getUsername() {
        return username;
    }

    public boolean isEnabled() {
        return disabledAt == null;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    String passwordHash() {
        return passwordHash;
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }
}
