package dev.policygraph.security;

import dev.policygraph.config.PolicyGraphProperties.Security.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer TOKEN}: an API token of the configuration or a dashboard sign-in. A token that is
 * neither is refused (401), never taken for an anonymous call.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final RequestAttributeSecurityContextRepository CONTEXTS =
            new RequestAttributeSecurityContextRepository();

    private final Accounts accounts;
    private final SignIns signIns;
    private final AuthenticationEntryPoint refusal;

    BearerTokenFilter(Accounts accounts, SignIns signIns, AuthenticationEntryPoint refusal) {
        this.accounts = accounts;
        this.signIns = signIns;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(7).strip();
        Optional<Caller> caller = accounts.token(token).map(t -> new Caller(t.name(), t.role()))
                .or(() -> signIns.find(token).map(s -> new Caller(s.name(), s.role())));
        if (caller.isEmpty()) {
            SecurityContextHolder.clearContext();
            refusal.commence(request, response, new BadCredentialsException("Unknown or expired token"));
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(caller.get().name(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + caller.get().role().name())));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        // kept with the request too, so that an asynchronous dispatch of it (a GraphQL response) keeps the caller
        CONTEXTS.saveContext(context, request, response);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private record Caller(String name, Role role) {
    }
}
