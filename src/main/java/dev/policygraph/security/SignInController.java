package dev.policygraph.security;

import dev.policygraph.config.PolicyGraphProperties.Security.Role;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /session} with HTTP Basic: signs a user in for the dashboard and returns a token to send as
 * {@code Authorization: Bearer}; {@code DELETE /session} with that token signs out.
 */
@RestController
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SignInController {

    private final SignIns signIns;

    SignInController(SignIns signIns) {
        this.signIns = signIns;
    }

    record SignedIn(String token, String name, String role, Instant until) {
    }

    @PostMapping("/session")
    SignedIn signIn(Authentication caller) {
        Role role = Roles.of(caller);
        String token = signIns.open(caller.getName(), role);
        return new SignedIn(token, caller.getName(), role.name(), signIns.find(token).orElseThrow().until());
    }

    @DeleteMapping("/session")
    ResponseEntity<Map<String, String>> signOut(@RequestHeader("Authorization") String authorization) {
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            signIns.close(authorization.substring(7).strip());
        }
        return ResponseEntity.ok(Map.of("signedOut", "true"));
    }
}
