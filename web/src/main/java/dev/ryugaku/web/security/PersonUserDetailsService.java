package dev.ryugaku.web.security;

import dev.ryugaku.core.people.AccountLookup;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs people in by login name or e-mail address against the accounts in the database. */
@Component
class PersonUserDetailsService implements UserDetailsService {

    private final AccountLookup accounts;

    PersonUserDetailsService(AccountLookup accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findBySignInName(username)
                .map(RyugakuUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }
}
