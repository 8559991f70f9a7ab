package dev.ryugaku.web;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Signs a demo person in for the current test thread, the way the login form would. */
@Component
public class SignIn {

    private final UserDetailsService users;

    SignIn(UserDetailsService users) {
        this.users = users;
    }

    public void as(String login) {
        UserDetails user = users.loadUserByUsername(login);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
