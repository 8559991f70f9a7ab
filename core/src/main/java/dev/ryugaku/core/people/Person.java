package dev.ryugaku.core.people;

import dev.ryugaku.core.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** メンバー: anyone who signs in — program owner, mentor, participant, or several of these. */
@Entity
@Table(name = "person")
public class Person {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tokyo");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    /** Stored in lower case: e-mail addresses are unique regardless of case. */
    @Column(nullable = false, length = 254)
    private String email;

    /** What the person types to sign in: a short name, or the e-mail address. */
    @Column(name = "login_name", nullable = false, length = 254)
    private String loginName;

    @Column(name = "password_hash", length = 255)
    private String passwordHash;

    @Column(nullable = false, length = 8)
    private String locale;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "home_team_id")
    private Team homeTeam;

    @Column(nullable = false)
    private boolean active = true;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Appearance appearance = Appearance.LIGHT;

    protected Person() {
    }

    public Person(String displayName, String email, String loginName, Locale locale, ZoneId zone, Set<Role> roles, Team homeTeam) {
        this.displayName = displayName;
        this.email = normaliseEmail(email);
        this.loginName = loginName.strip().toLowerCase(Locale.ROOT);
        this.locale = locale.getLanguage();
        this.timeZone = zone.getId();
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.homeTeam = homeTeam;
    }

    /** Takes over the values of a draft that passed {@link PersonRules}. */
    public void apply(PersonDraft draft, Team homeTeam) {
        this.displayName = draft.getDisplayName().strip();
        this.email = normaliseEmail(draft.getEmail());
        this.locale = draft.getLocale().getLanguage();
        this.timeZone = draft.getZone().getId();
        this.roles = draft.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(draft.getRoles());
        this.homeTeam = homeTeam;
    }

    /** The draft an edit form starts from. */
    public PersonDraft toDraft() {
        PersonDraft draft = new PersonDraft();
        draft.setDisplayName(displayName);
        draft.setEmail(email);
        draft.setLocale(getLocale());
        draft.setZone(getZone());
        draft.setRoles(getRoles());
        draft.setHomeTeamId(homeTeam == null ? null : homeTeam.getId());
        return draft;
    }

    void changeLoginName(String loginName) {
        this.loginName = loginName.strip().toLowerCase(Locale.ROOT);
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    /** Adds a role, e.g. participant when an intake selection becomes an enrollment. */
    public void grant(Role role) {
        roles.add(role);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getLoginName() {
        return loginName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public Team getHomeTeam() {
        return homeTeam;
    }

    public boolean isActive() {
        return active;
    }

    public Appearance getAppearance() {
        return appearance;
    }

    void setAppearance(Appearance appearance) {
        this.appearance = appearance;
    }
}
