package dev.ryugaku.web.security;

import dev.ryugaku.core.api.AccessTokens;
import dev.ryugaku.core.api.TokenHolder;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in with the access token in its {@code Authorization: Bearer} header, for
 * this request only. A bad token is refused at once (401). Requests without a token go on
 * unauthenticated and are refused by the chain's rules; one already signed in by the single sign-on
 * provider's JWT ({@link ApiSingleSignOn}) goes on as it is.
 */
final class AccessTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final AccessTokens tokens;
    private final PersonRepository people;
    private final ApiProblemResponses problems;

    AccessTokenFilter(AccessTokens tokens, PersonRepository people, ApiProblemResponses problems) {
        this.tokens = tokens;
        this.people = people;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (authorization == null || (signedIn != null && signedIn.getPrincipal() instanceof ApiUser)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TokenHolder> holder = authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? tokens.authenticate(authorization.substring(BEARER.length()).strip())
                : Optional.empty();
        Optional<Person> person = holder.flatMap(found -> people.findWithRolesById(found.personId())).filter(Person::isActive);
        if (holder.isEmpty() || person.isEmpty()) {
            problems.unauthorized(request, response, new BadCredentialsException("unknown access token"));
            return;
        }
        ApiUser user = new ApiUser(person.get(), holder.get());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
