package dev.ryugaku.web.skill;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
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
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.skill.Bilingual;
import dev.ryugaku.core.skill.SkillAreaDraft;
import dev.ryugaku.core.skill.SkillAreaEdit;
import dev.ryugaku.core.skill.SkillCatalogRules;
import dev.ryugaku.core.skill.SkillCatalogService;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.SkillPages;
import dev.ryugaku.web.security.CurrentUser;
import dev.ryugaku.web.support.Confirmation;
import dev.ryugaku.web.support.AuditHistory;
import dev.ryugaku.web.support.Editor;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.TextLimit;
import jakarta.annotation.security.RolesAllowed;

/**
 * Adds a skill area ({@code /admin/skills/new}) or edits one ({@code /admin/skills/{id}}): names and
 * descriptions in Japanese and English, and whether assessments rate it. Core's rules answer beside
 * the fields; an area someone else saved meanwhile is not overwritten; a rated area cannot be deleted.
 */
@Route("admin/skills/new")
@RouteAlias("admin/skills/:skillId(\\d+)")
@RolesAllowed(Role.OWNER_NAME)
class SkillAreaEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    static final String ID = "skillId";

    private final SkillCatalogService catalog;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Binder<SkillAreaDraft> binder = new Binder<>();
    private final FieldErrors errors = new FieldErrors(this);
    private final Editor<SkillAreaDraft> editor = new Editor<>(this, binder, SkillAreaDraft::new, errors);
    private final TextField nameJa = new TextField(getTranslation("skill.field.nameJa"));
    private final TextField nameEn = new TextField(getTranslation("skill.field.nameEn"));
    private final TextArea descriptionJa = new TextArea(getTranslation("skill.field.descriptionJa"));
    private final TextArea descriptionEn = new TextArea(getTranslation("skill.field.descriptionEn"));
    private final Checkbox active = new Checkbox(getTranslation("skill.field.activeCheckbox"));
    private final HorizontalLayout buttons = new HorizontalLayout();
    private final VerticalLayout history = new VerticalLayout();

    private SkillAreaEdit editing;

    SkillAreaEditorView(SkillCatalogService catalog, AuditLog auditLog, CurrentUser currentUser) {
        this.catalog = catalog;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        for (TextField name : new TextField[] {nameJa, nameEn}) {
            TextLimit.apply(name, SkillCatalogRules.NAME_MAX_LENGTH);
            name.setRequiredIndicatorVisible(true);
        }
        for (TextArea description : new TextArea[] {descriptionJa, descriptionEn}) {
            TextLimit.apply(description, SkillCatalogRules.DESCRIPTION_MAX_LENGTH);
            description.setRequiredIndicatorVisible(true);
            description.setMinHeight("6em");
        }
        active.setTooltipText(getTranslation("skill.field.activeCheckbox.help"));
        nameJa.setId("skill-name-ja");
        nameEn.setId("skill-name-en");
        descriptionJa.setId("skill-description-ja");
        descriptionEn.setId("skill-description-en");
        active.setId("skill-active");
        errors.field("nameJa", nameJa).field("nameEn", nameEn).field("descriptionJa", descriptionJa)
                .field("descriptionEn", descriptionEn);

        binder.forField(nameJa).bind(SkillAreaDraft::getNameJa, SkillAreaDraft::setNameJa);
        binder.forField(nameEn).bind(SkillAreaDraft::getNameEn, SkillAreaDraft::setNameEn);
        binder.forField(descriptionJa).bind(SkillAreaDraft::getDescriptionJa, SkillAreaDraft::setDescriptionJa);
        binder.forField(descriptionEn).bind(SkillAreaDraft::getDescriptionEn, SkillAreaDraft::setDescriptionEn);
        binder.forField(active).bind(SkillAreaDraft::isActive, SkillAreaDraft::setActive);

        FormLayout form = new FormLayout(nameJa, nameEn, descriptionJa, descriptionEn, active);
        form.setColspan(active, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(editor.title(), new Paragraph(getTranslation("skill.editor.intro")), form, buttons, history);
        history.setPadding(false);
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        editor.open(event, ID, catalog::openForEdit, opened -> {
            editing = opened;
            editor.show(getTranslation("skill.editor.editTitle",
                    Bilingual.pick(getLocale(), opened.draft().getNameJa(), opened.draft().getNameEn())), opened.draft());
            renderButtons();
        }, () -> {
            editing = null;
            editor.show(getTranslation("skill.editor.createTitle"), new SkillAreaDraft());
            renderButtons();
        });
    }

    private void renderButtons() {
        buttons.removeAll();
        history.removeAll();
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-skill");
        Button back = new Button(getTranslation("action.back"), click -> leave());
        back.setId("back-to-skills");
        buttons.add(save, back);
        if (editing != null && !editing.rated()) {
            Button delete = new Button(getTranslation("skill.editor.delete"), click -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.setId("delete-skill");
            buttons.add(delete);
        } else if (editing != null) {
            Paragraph rated = new Paragraph(getTranslation("skill.editor.rated"));
            rated.setId("skill-rated-note");
            buttons.add(rated);
        }
        if (editing != null) {
            history.add(new AuditHistory(auditLog.history(SkillCatalogService.RECORD_TYPE, editing.id()), "SkillArea",
                    currentUser.zone()));
        }
    }

    private void save() {
        editor.save(input -> {
            if (editing == null) {
                return catalog.create(input);
            }
            catalog.update(editing.id(), editing.version(), input);
            return editing.id();
        }, (input, id) -> {
            Notifications.success(getTranslation("skill.editor.saved",
                    Bilingual.pick(getLocale(), input.getNameJa(), input.getNameEn()).strip()));
            Pages.navigate(SkillPages.catalog());
        });
    }

    private void confirmDelete() {
        Confirmation.ask(this, getTranslation("skill.editor.delete.header"), getTranslation("skill.editor.delete.text"),
                getTranslation("skill.editor.delete"), () -> {
            if (errors.attempt(() -> catalog.delete(editing.id(), editing.version()))) {
                editor.markSaved();
                Notifications.success(getTranslation("skill.editor.deleted"));
                Pages.navigate(SkillPages.catalog());
            }
        });
    }

    private void leave() {
        Pages.navigate(SkillPages.catalog());
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
