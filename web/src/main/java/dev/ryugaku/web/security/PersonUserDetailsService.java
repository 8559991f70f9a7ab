package dev.ryugaku.web.security;

import dev.ryugaku.core.people.AccountLookup;
import dev.ryugaku.core.people.LocalPasswords;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Signs people in by login name or e-mail address against the accounts in the database, and stores
 * the re-hashed password when a sign-in used an older hash format.
 */
@Component
class PersonUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountLookup accounts;
    private final LocalPasswords passwords;

    PersonUserDetailsService(AccountLookup accounts, LocalPasswords passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findBySignInName(username)
                .map(RyugakuUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        RyugakuUser signedIn = (RyugakuUser) user;
        passwords.rehash(signedIn.getPersonId(), signedIn.getPassword(), newPassword);
        return loadUserByUsername(signedIn.getUsername());
    }
}
