package dev.policygraph.security;

import dev.policygraph.config.PolicyGraphProperties.Security.Role;
import java.util.Arrays;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The role an authenticated caller holds: the highest of its ROLE_ authorities. */
public final class Roles {

    private Roles() {
    }

    /** The caller's role; an anonymous or unauthenticated caller has none. */
    public static @Nullable Role ofOrNull(@Nullable Object principal) {
        if (!(principal instanceof Authentication a) || a instanceof AnonymousAuthenticationToken
                || !a.isAuthenticated()) {
            return null;
        }
        return a.getAuthorities().stream().map(g -> g.getAuthority())
                .flatMap(name -> Arrays.stream(Role.values()).filter(r -> ("ROLE_" + r.name()).equals(name)))
                .max(Comparator.naturalOrder()).orElse(null);
    }

    static Role of(Authentication caller) {
        Role role = ofOrNull(caller);
        if (role == null) {
            throw new IllegalStateException(caller.getName() + " has no role");
        }
        return role;
    }
}
