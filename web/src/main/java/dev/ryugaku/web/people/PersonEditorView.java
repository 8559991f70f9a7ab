package dev.ryugaku.web.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dev.ryugaku.core.audit.AuditLog;
import dev.ryugaku.core.people.PasswordSetup;
import dev.ryugaku.core.people.PersonDetails;
import dev.ryugaku.core.people.PersonDraft;
import dev.ryugaku.core.people.PersonRules;
import dev.ryugaku.core.people.PersonService;
import dev.ryugaku.core.people.TeamRef;
import dev.ryugaku.core.people.TeamService;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.people.SignInProtection;
import dev.ryugaku.web.i18n.Translations;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.PeoplePages;
import dev.ryugaku.web.reminder.MailDelivery;
import dev.ryugaku.web.security.CurrentUser;
import dev.ryugaku.web.support.Confirmation;
import dev.ryugaku.web.support.AuditHistory;
import dev.ryugaku.web.support.Editor;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.PublicLinks;
import dev.ryugaku.web.support.TextLimit;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Creates ({@code /admin/people/new}) or edits ({@code /admin/people/{id}}) a person; deactivates
 * and reactivates them, issues a new password-setup link, and shows the record's history.
 */
@Route("admin/people/new")
@RouteAlias("admin/people/:personId(\\d+)")
@RolesAllowed(Role.OWNER_NAME)
class PersonEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String ID = "personId";

    private final PersonService people;
    private final SignInProtection signInProtection;
    private final AuditLog auditLog;
    private final PublicLinks publicLinks;
    private final MailDelivery mail;
    private final CurrentUser currentUser;
    private final Binder<PersonDraft> binder = new Binder<>();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final VerticalLayout history = new VerticalLayout();

    private final TextField displayName = new TextField(getTranslation("person.field.displayName"));
    private final TextField email = new TextField(getTranslation("person.field.email"));
    private final Select<Locale> locale = new Select<>();
    private final ComboBox<ZoneId> zone = new ComboBox<>(getTranslation("person.field.zone"));
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("person.field.roles"));
    private final ComboBox<TeamRef> homeTeam = new ComboBox<>(getTranslation("person.field.homeTeam"));
    private final FieldErrors errors = new FieldErrors(this);
    private final Editor<PersonDraft> editor = new Editor<>(this, binder, PersonDraft::new, errors);

    private PersonDetails editing;

    PersonEditorView(PersonService people, SignInProtection signInProtection, TeamService teams, AuditLog auditLog,
                     PublicLinks publicLinks, MailDelivery mail, CurrentUser currentUser) {
        this.people = people;
        this.signInProtection = signInProtection;
        this.auditLog = auditLog;
        this.publicLinks = publicLinks;
        this.mail = mail;
        this.currentUser = currentUser;

        displayName.setId("person-name");
        TextLimit.apply(displayName, PersonRules.DISPLAY_NAME_MAX_LENGTH);
        displayName.setRequiredIndicatorVisible(true);
        email.setId("person-email");
        TextLimit.apply(email, PersonRules.EMAIL_MAX_LENGTH);
        email.setRequiredIndicatorVisible(true);
        locale.setId("person-locale");
        locale.setLabel(getTranslation("person.field.locale"));
        locale.setItems(Translations.SUPPORTED);
        locale.setItemLabelGenerator(l -> getTranslation(l, "language.self"));
        zone.setId("person-zone");
        // iCal4j (calendar feeds) registers synthetic "ical4j…" zone IDs with java.time: nobody lives there
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(id -> !id.startsWith("ical4j")).sorted()
                .map(ZoneId::of).toList());
        zone.setItemLabelGenerator(ZoneId::getId);
        roles.setId("person-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation(role.messageKey()));
        roles.setRequiredIndicatorVisible(true);
        homeTeam.setId("person-team");
        List<TeamRef> teamOptions = teams.all();
        homeTeam.setItems(teamOptions);
        homeTeam.setItemLabelGenerator(TeamRef::name);
        homeTeam.setClearButtonVisible(true);

        binder.forField(displayName).bind(PersonDraft::getDisplayName, PersonDraft::setDisplayName);
        binder.forField(email).bind(PersonDraft::getEmail, PersonDraft::setEmail);
        binder.forField(locale).bind(PersonDraft::getLocale, PersonDraft::setLocale);
        binder.forField(zone).bind(PersonDraft::getZone, PersonDraft::setZone);
        binder.forField(roles).bind(PersonDraft::getRoles, PersonDraft::setRoles);
        binder.forField(homeTeam).bind(
                d -> teamOptions.stream().filter(t -> Objects.equals(t.id(), d.getHomeTeamId())).findFirst().orElse(null),
                (d, team) -> d.setHomeTeamId(team == null ? null : team.id()));
        errors.field("displayName", displayName).field("email", email).field("locale", locale).field("zone", zone)
                .field("roles", roles).field("homeTeamId", homeTeam);

        FormLayout form = new FormLayout(displayName, email, roles, homeTeam, locale, zone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-person");
        Button back = new Button(getTranslation("action.back"),
                click -> Pages.navigate(PeoplePages.people()));
        history.setPadding(false);
        add(editor.title(), form, new HorizontalLayout(save, back), actions, history);
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        editor.open(event, ID, people::get, opened -> {
            editing = opened;
            show(opened);
        }, () -> {
            editing = null;
            editor.show(getTranslation("person.editor.createTitle"), new PersonDraft());
        });
    }

    private void show(PersonDetails person) {
        editor.show(person.draft().getDisplayName(), person.draft());
        showState(person);
    }

    /** Status, actions and history; leaves what is typed in the form alone. */
    private void showState(PersonDetails person) {
        actions.removeAll();
        Span state = new Span(getTranslation(person.active() ? "person.active" : "person.inactive"));
        state.addClassNames("status-badge", person.active() ? "status-active" : "status-cancelled");
        state.setId("person-state");
        Span login = new Span(getTranslation("person.loginName", person.loginName()));
        Button toggle = person.active()
                ? new Button(getTranslation("person.action.deactivate"), click -> confirmDeactivate())
                : new Button(getTranslation("person.action.reactivate"), click -> act(() -> people.reactivate(person.id(), person.version()),
                        "person.reactivated"));
        toggle.setId("toggle-active");
        if (person.active()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button link = new Button(getTranslation("person.action.setupLink"), click -> issueLink(person.id()));
        link.setId("issue-setup-link");
        actions.add(state, login, toggle, link);
        actions.setAlignItems(Alignment.BASELINE);
        signInProtection.lockedUntil(person.id()).ifPresent(until -> actions.add(signInLock(person, until)));
        history.removeAll();
        history.add(new AuditHistory(auditLog.history(PersonService.RECORD_TYPE, person.id()), "Person", currentUser.zone()));
    }

    /** Too many failed sign-ins: until when, and the owner's way to let the person in at once. */
    private HorizontalLayout signInLock(PersonDetails person, Instant until) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(currentUser.zone());
        Span locked = new Span(getTranslation("person.signInLock.locked", time.format(until)));
        locked.setId("sign-in-lock");
        locked.addClassNames("status-badge", "status-cancelled");
        Button lift = new Button(getTranslation("person.signInLock.lift"), click -> {
            signInProtection.lift(person.id());
            Notifications.success(getTranslation("person.signInLock.lifted"));
            editing = people.get(person.id());
            showState(editing);
        });
        lift.setId("lift-sign-in-lock");
        HorizontalLayout lock = new HorizontalLayout(locked, lift);
        lock.setAlignItems(Alignment.BASELINE);
        return lock;
    }

    private void save() {
        if (editing == null) {
            editor.save(people::create, (input, link) ->
                    new SetupLinkDialog(List.of(link), publicLinks, currentUser.zone(), mail.isConfigured(),
                            () -> Pages.navigate(PeoplePages.person(link.personId()))).open());
        } else {
            editor.save(input -> {
                people.update(editing.id(), editing.version(), input);
                return editing.id();
            }, (input, id) -> {
                Notifications.success(getTranslation("person.saved", input.getDisplayName().strip()));
                editing = people.get(id);
                show(editing);
            });
        }
    }

    private void confirmDeactivate() {
        Confirmation.ask(this, getTranslation("person.deactivate.header", editing.draft().getDisplayName()),
                getTranslation("person.deactivate.text"), getTranslation("person.action.deactivate"),
                () -> act(() -> people.deactivate(editing.id(), editing.version()), "person.deactivated"));
    }

    private void act(Runnable action, String doneKey) {
        if (errors.attempt(action)) {
            Notifications.success(getTranslation(doneKey, editing.draft().getDisplayName()));
        }
        editing = people.get(editing.id());
        showState(editing);
    }

    private void issueLink(long personId) {
        if (editing.hasPassword() && !mail.isConfigured()) {
            // the link would go to nobody: it is never shown for an account that has a password
            Notifications.error(getTranslation("setupLink.needsMail"));
            return;
        }
        PasswordSetup.IssuedLink link = people.issuePasswordSetup(personId);
        if (link.mailedOnly()) {
            Notifications.success(getTranslation("setupLink.mailedOnly", editing.draft().getDisplayName()));
            editing = people.get(personId);
            showState(editing);
            return;
        }
        new SetupLinkDialog(List.of(link), publicLinks, currentUser.zone(), mail.isConfigured(), () -> {
            editing = people.get(personId);
            showState(editing);
        }).open();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        editor.confirmLeaving(event);
    }

    @Override
    public String getPageTitle() {
        return editor.pageTitle();
    }
}
