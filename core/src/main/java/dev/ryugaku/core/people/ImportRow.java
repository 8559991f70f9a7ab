package dev.ryugaku.core.people;

import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One data line of a people CSV file and what is wrong with it, if anything. */
public record ImportRow(int line, String email, String displayName, String team, Set<Role> roles, Locale locale,
                        List<Violation> problems) {

    public ImportRow {
        roles = Set.copyOf(roles);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
