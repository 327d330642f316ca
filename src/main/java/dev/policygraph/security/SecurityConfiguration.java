package dev.policygraph.security;

import dev.policygraph.config.PolicyGraphProperties;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The HTTP security of the server. No cookies and no sessions: a caller names itself on each request, with HTTP Basic
 * (name and password), an API token or a dashboard sign-in token ({@code Authorization: Bearer}); so no other site
 * can make a browser act for its user, and CSRF protection has nothing to protect. Reads (the GraphQL endpoint, the
 * pages) are open when {@link Access#anonymousReads()}; the pages' assets and the health probes (states, no
 * details) are open always; exports and sign-in always need an account; which mutation
 * needs which role is said on each (method security, ADMIN &gt; COORDINATOR &gt; VIEWER). CORS stays as configured
 * (spring.graphql.cors.*): nothing is allowed cross-origin unless listed.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfiguration {

    /** What the security settings come to on this server. */
    record Access(Exposure exposure, boolean anonymousReads) {
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_COORDINATOR
                ROLE_COORDINATOR > ROLE_VIEWER
                """);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Access access(PolicyGraphProperties properties, @Value("${server.address:#{null}}") @Nullable String address) {
        Exposure exposure = Exposure.of(address);
        Boolean configured = properties.security().anonymousReads();
        return new Access(exposure, configured != null ? configured : exposure.loopback());
    }

    @Bean
    Accounts accounts(PolicyGraphProperties properties, Access access, PasswordEncoder encoder) {
        return Accounts.of(properties.security(), access.exposure(), encoder);
    }

    @Bean
    SignIns signIns(Clock clock) {
        return new SignIns(clock);
    }

    @Bean
    UserDetailsService userDetailsService(Accounts accounts) {
        return new InMemoryUserDetailsManager(accounts.users().stream()
                .map(u -> User.withUsername(u.name()).password(u.passwordHash()).roles(u.role().name()).build())
                .toList());
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Access access, Accounts accounts, SignIns signIns)
            throws Exception {
        JsonRefusal refusal = new JsonRefusal();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(Customizer.withDefaults())
                .httpBasic(basic -> basic.authenticationEntryPoint(refusal))
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(refusal).accessDeniedHandler(refusal))
                .addFilterBefore(new BearerTokenFilter(accounts, signIns, refusal), BasicAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(String.join("; ", List.of(
                        "default-src 'self'", "script-src 'self' 'unsafe-inline'", "style-src 'self' 'unsafe-inline'",
                        "img-src 'self' data:", "connect-src 'self'", "frame-ancestors 'none'", "base-uri 'self'",
                        "form-action 'self'")))))
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/export/**", "/session", "/session/**").authenticated();
                    if (access.anonymousReads()) {
                        a.anyRequest().permitAll();
                    } else {
                        a.requestMatchers("/", "/index.html", "/dashboard/**", "/graphiql", "/graphiql/**",
                                "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**").permitAll();
                        a.anyRequest().authenticated();
                    }
                });
        return http.build();
    }
}
