package dev.ryugaku.web.security;

import dev.ryugaku.core.api.TokenHolder;
import dev.ryugaku.core.people.Person;
import dev.ryugaku.core.people.PersonRepository;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * With single sign-on configured, the API also takes bearer JWTs of the same provider issued for
 * this app (issuer and audience = the client id checked), as the person with that e-mail address
 * (an address the provider marks unverified is refused), with read and write scope: the person's
 * own permissions decide as ever. Decision 0029.
 */
final class ApiSingleSignOn {

    /** How JWT calls are named in the audit log and counted by the rate limit (by person). */
    static final String TOKEN_NAME = "single sign-on";

    private final JwtDecoder decoder;
    private final PersonRepository people;

    ApiSingleSignOn(OidcProperties properties, PersonRepository people) {
        String issuer = properties.issuerUri().strip();
        String audience = properties.clientId().strip();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience) ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "not issued for this app", null))));
        this.decoder = decoder;
        this.people = people;
    }

    JwtDecoder decoder() {
        return decoder;
    }

    /** The person the JWT names by e-mail, active; anyone else is refused (401). */
    AbstractAuthenticationToken authenticate(Jwt jwt) {
        String email = jwt.getClaimAsString("email");
        Boolean verified = jwt.getClaimAsBoolean("email_verified");
        Optional<Person> person = email == null || Boolean.FALSE.equals(verified) ? Optional.empty()
                : people.findByEmail(Person.normaliseEmail(email))
                        .flatMap(found -> people.findWithRolesById(found.getId()))
                        .filter(Person::isActive);
        if (person.isEmpty()) {
            throw new BadCredentialsException("no active person with the token's address");
        }
        ApiUser user = new ApiUser(person.get(), new TokenHolder(0, TOKEN_NAME, true, person.get().getId()));
        return UsernamePasswordAuthenticationToken.authenticated(user, jwt, user.getAuthorities());
    }
}
