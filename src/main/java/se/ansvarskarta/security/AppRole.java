package se.ansvarskarta.security;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The three roles: viewer reads, editor also changes the model, admin also manages users and tokens. */
public enum AppRole {
    VIEWER, EDITOR, ADMIN;

    /** The authorities of this role, including those of the roles below it. */
    public List<GrantedAuthority> authorities() {
        return switch (this) {
            case VIEWER -> List.of(authority(VIEWER));
            case EDITOR -> List.of(authority(VIEWER), authority(EDITOR));
            case ADMIN -> List.of(authority(VIEWER), authority(EDITOR), authority(ADMIN));
        };
    }

    private static GrantedAuthority authority(AppRole role) {
        return new SimpleGrantedAuthority("ROLE_" + role.name());
    }

    public static AppRole of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Unknown role '" + name + "': use viewer, editor or admin");
        }
    }
}
