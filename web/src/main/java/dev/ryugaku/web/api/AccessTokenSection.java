package dev.ryugaku.web.api;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.ryugaku.core.api.AccessTokenDraft;
import dev.ryugaku.core.api.AccessTokenRow;
import dev.ryugaku.core.api.AccessTokenRules;
import dev.ryugaku.core.api.AccessTokens;
import dev.ryugaku.core.api.NewAccessToken;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.support.Confirmation;
import dev.ryugaku.web.support.DatePickers;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * APIトークン in the settings: the person's personal access tokens for the API — create one (its
 * secret shown once, in a dialog), see each with its last use, revoke it. Program owners also see
 * everyone's working tokens and may revoke them.
 */
public final class AccessTokenSection extends Div {

    /** What a new token's last day is unless the person picks another. */
    static final int DEFAULT_DAYS = 90;

    private final AccessTokens tokens;
    private final ZoneId zone;
    private final Clock clock;
    private final boolean owner;
    private final Grid<AccessTokenRow> mine = new Grid<>();
    private final Grid<AccessTokenRow> everyones = new Grid<>();

    AccessTokenSection(AccessTokens tokens, ZoneId zone, Clock clock, boolean owner) {
        this.tokens = tokens;
        this.zone = zone;
        this.clock = clock;
        this.owner = owner;
        setId("access-tokens");
        setWidthFull();
        add(new H2(getTranslation("accessToken.title")), new Paragraph(getTranslation("accessToken.explanation")));
        add(form());
        configure(mine, "access-tokens-mine", false);
        add(mine);
        if (owner) {
            configure(everyones, "access-tokens-everyone", true);
            add(new H3(getTranslation("accessToken.everyone")), everyones);
        }
        refresh();
    }

    private HorizontalLayout form() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        TextField name = new TextField(getTranslation("accessToken.name"));
        name.setId("access-token-name");
        name.setMaxLength(AccessTokenRules.NAME_MAX_LENGTH);
        Checkbox write = new Checkbox(getTranslation("accessToken.write"));
        write.setId("access-token-write");
        DatePicker expiresOn = DatePickers.create(getTranslation("accessToken.expiresOn"), getLocale());
        expiresOn.setId("access-token-expires");
        expiresOn.setMin(today.plusDays(1));
        expiresOn.setMax(AccessTokenRules.latestExpiry(today));
        expiresOn.setValue(today.plusDays(DEFAULT_DAYS));
        FieldErrors errors = new FieldErrors(this).field("name", name).field("expiresOn", expiresOn);
        Button create = new Button(getTranslation("accessToken.create"), click -> {
            AccessTokenDraft draft = new AccessTokenDraft();
            draft.setName(name.getValue());
            draft.setWrite(write.getValue());
            draft.setExpiresOn(expiresOn.getValue());
            errors.attempt(() -> tokens.create(draft)).ifPresent(created -> {
                name.clear();
                write.clear();
                refresh();
                showOnce(created);
            });
        });
        create.setId("access-token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, write, expiresOn, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    /** The secret, this once: it is stored only as a hash. */
    private void showOnce(NewAccessToken created) {
        Dialog dialog = new Dialog();
        dialog.setId("access-token-created");
        dialog.setHeaderTitle(getTranslation("accessToken.created.header", created.token().name()));
        TextField secret = new TextField(getTranslation("accessToken.secret"));
        secret.setId("access-token-secret");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setHelperText(getTranslation("accessToken.secret.hint"));
        dialog.add(secret);
        Button close = new Button(getTranslation("accessToken.created.close"), click -> dialog.close());
        close.setId("access-token-created-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.setWidth("36em");
        dialog.open();
        Notifications.success(getTranslation("accessToken.createdNotice"));
    }

    private void configure(Grid<AccessTokenRow> grid, String id, boolean withPerson) {
        grid.setId(id);
        grid.setAllRowsVisible(true);
        if (withPerson) {
            grid.addColumn(AccessTokenRow::personName).setHeader(getTranslation("accessToken.person")).setAutoWidth(true);
        }
        grid.addColumn(AccessTokenRow::name).setHeader(getTranslation("accessToken.name")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.write() ? "accessToken.scopes.write" : "accessToken.scopes.read"))
                .setHeader(getTranslation("accessToken.scopes")).setAutoWidth(true);
        grid.addColumn(row -> when(row.createdAt())).setHeader(getTranslation("accessToken.createdAt")).setAutoWidth(true);
        grid.addColumn(row -> when(row.expiresAt())).setHeader(getTranslation("accessToken.expiresAt")).setAutoWidth(true);
        grid.addColumn(row -> row.lastUsedAt() == null ? getTranslation("accessToken.neverUsed") : when(row.lastUsedAt()))
                .setHeader(getTranslation("accessToken.lastUsed")).setAutoWidth(true);
        grid.addColumn(this::state).setHeader(getTranslation("accessToken.state")).setAutoWidth(true);
        grid.addComponentColumn(row -> {
            if (row.revokedAt() != null) {
                return new Div();
            }
            Button revoke = new Button(getTranslation("accessToken.revoke"), click -> Confirmation.ask(this,
                    getTranslation("accessToken.revoke.header", row.name()), getTranslation("accessToken.revoke.text"),
                    getTranslation("accessToken.revoke"), () -> revoke(row)));
            revoke.setId(id + "-revoke-" + row.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return revoke;
        });
        grid.setEmptyStateText(getTranslation("accessToken.none"));
    }

    private void revoke(AccessTokenRow row) {
        tokens.revoke(row.id());
        refresh();
        Notifications.success(getTranslation("accessToken.revoked", row.name()));
    }

    private void refresh() {
        mine.setItems(tokens.mine());
        if (owner) {
            List<AccessTokenRow> all = tokens.everyones();
            everyones.setItems(all);
        }
    }

    private String state(AccessTokenRow row) {
        if (row.revokedAt() != null) {
            return getTranslation("accessToken.state.revoked");
        }
        return getTranslation(row.worksAt(clock.instant()) ? "accessToken.state.active" : "accessToken.state.expired");
    }

    private String when(Instant instant) {
        return Formats.dateTime(instant, zone, getLocale());
    }
}
