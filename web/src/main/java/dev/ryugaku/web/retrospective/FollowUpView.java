package dev.ryugaku.web.retrospective;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import dev.ryugaku.core.retrospective.BroughtBack;
import dev.ryugaku.core.retrospective.BroughtBackKind;
import dev.ryugaku.core.retrospective.FollowUpDraft;
import dev.ryugaku.core.retrospective.FollowUpService;
import dev.ryugaku.core.retrospective.FollowUpSheet;
import dev.ryugaku.core.retrospective.RetrospectiveRules;
import dev.ryugaku.core.retrospective.SubmissionStatus;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.Texts;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.security.CurrentUser;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.TextLimit;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * フォローアップ: the graduate lists what they brought back to their home team — runbooks, SLOs,
 * alerts, automations, with links — and says how the rotation changed their work. Owners read it
 * once submitted; mentors never.
 */
@Route("enrollments/:enrollmentId(\\d+)/follow-up")
@RolesAllowed({Role.OWNER_NAME, Role.MENTOR_NAME, Role.PARTICIPANT_NAME})
class FollowUpView extends RotationEndPage<FollowUpSheet> {

    private final FollowUpService followUps;
    private final List<ItemRow> rows = new ArrayList<>();
    private final Div itemList = new Div();
    private TextArea changedWork;
    private Paragraph general;

    FollowUpView(FollowUpService followUps, CurrentUser currentUser) {
        super("followUp", currentUser);
        this.followUps = followUps;
        itemList.setId("followUp-items");
        itemList.setWidthFull();
        itemList.addClassName("follow-up-items");
    }

    @Override
    FollowUpSheet load(long enrollmentId) {
        return followUps.get(enrollmentId);
    }

    @Override
    void render() {
        add(new H2(getPageTitle()));
        add(new Paragraph(getTranslation("followUp.intro", Formats.date(sheet.rotationEnd(), getLocale()))));
        add(statusLine(sheet.status(), sheet.submittedAt()));
        FollowUpDraft content = sheet.content();
        changedWork = null;
        rows.clear();
        itemList.removeAll();
        if (content == null) {
            add(notice("not-submitted", getTranslation("followUp.notSubmittedYet")));
            add(backToRotation());
            return;
        }
        if (!sheet.open()) {
            add(notice("not-open", getTranslation("followUp.notOpen", Formats.date(sheet.rotationEnd(), getLocale()))));
            add(backToRotation());
            return;
        }
        boolean writable = sheet.mayWrite();
        add(new H3(getTranslation("followUp.field.broughtBack")));
        if (writable) {
            add(new Paragraph(getTranslation("followUp.field.broughtBack.help")));
            content.broughtBack().forEach(this::addRow);
            if (rows.isEmpty()) {
                addRow(new BroughtBack(BroughtBackKind.RUNBOOK, null, null));
            }
            Button more = new Button(getTranslation("followUp.action.addItem"), VaadinIcon.PLUS.create(),
                    click -> addRow(new BroughtBack(BroughtBackKind.RUNBOOK, null, null)));
            more.setId("followUp-add-item");
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(itemList, more);
        } else {
            BroughtBackList items = new BroughtBackList(content.broughtBack());
            items.setId("followUp-items");
            add(items);
        }
        changedWork = area("changedWork", content.changedWork(), writable);
        changedWork.setRequiredIndicatorVisible(writable);
        add(changedWork);
        general = new Paragraph();
        add(general);
        if (writable) {
            add(actions(sheet.status(), this::errors, submit -> followUps.write(enrollmentId(), sheet.version(), typed(), submit)));
        }
        add(backToRotation());
    }

    /** Every field of the form, the item rows as they are now included. */
    private FieldErrors errors() {
        FieldErrors errors = new FieldErrors(this).field("changedWork", changedWork).general(general);
        for (int i = 0; i < rows.size(); i++) {
            ItemRow row = rows.get(i);
            errors.field("broughtBack[" + i + "].kind", row.kind).field("broughtBack[" + i + "].title", row.title)
                    .field("broughtBack[" + i + "].link", row.link);
        }
        return errors;
    }

    private FollowUpDraft typed() {
        return new FollowUpDraft(rows.stream().map(ItemRow::value).toList(), changedWork.getValue());
    }

    private void addRow(BroughtBack item) {
        ItemRow row = new ItemRow(rows.size(), item);
        rows.add(row);
        itemList.add(row.layout);
    }

    @Override
    boolean isSubmitted() {
        return sheet.status() == SubmissionStatus.SUBMITTED;
    }

    @Override
    boolean hasUnsavedChanges() {
        if (!sheet.mayWrite() || changedWork == null) {
            return false;
        }
        FollowUpDraft stored = sheet.content();
        List<BroughtBack> typed = rows.stream().map(ItemRow::value).filter(item -> item.title() != null || item.link() != null)
                .toList();
        return differs(changedWork.getValue(), stored.changedWork()) || !typed.equals(stored.broughtBack());
    }

    @Override
    public String getPageTitle() {
        return sheet == null ? getTranslation("followUp.title.plain")
                : getTranslation("followUp.title", sheet.participantName(), sheet.cohortName());
    }

    /** One line of the "brought back" list: kind, title, link, and a button to take it out. */
    private final class ItemRow {

        private final Select<BroughtBackKind> kind = new Select<>();
        private final TextField title = new TextField();
        private final TextField link = new TextField();
        private final HorizontalLayout layout = new HorizontalLayout();

        ItemRow(int index, BroughtBack item) {
            kind.setLabel(getTranslation("followUp.field.kind"));
            kind.setItems(BroughtBackKind.values());
            kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
            kind.setValue(item.kind());
            kind.setId("followUp-kind-" + index);
            title.setLabel(getTranslation("followUp.field.title"));
            TextLimit.apply(title, RetrospectiveRules.ITEM_TITLE_MAX_LENGTH);
            title.setValue(Objects.toString(item.title(), ""));
            title.setId("followUp-title-" + index);
            link.setLabel(getTranslation("followUp.field.link"));
            TextLimit.apply(link, RetrospectiveRules.LINK_MAX_LENGTH);
            link.setPlaceholder(getTranslation("followUp.field.link.placeholder"));
            link.setValue(Objects.toString(item.link(), ""));
            link.setId("followUp-link-" + index);
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> remove());
            remove.setId("followUp-remove-" + index);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("followUp.action.removeItem"));
            layout.add(kind, title, link, remove);
            layout.setWidthFull();
            layout.setFlexGrow(1, title, link);
            layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        }

        /** Emptied and hidden: an empty line is left out when saved, and the indexes of the others stay. */
        private void remove() {
            title.clear();
            link.clear();
            layout.setVisible(false);
        }

        /** As typed, trimmed, empty texts as none: the way it is stored. */
        BroughtBack value() {
            return new BroughtBack(kind.getValue(), Texts.trimToNull(title.getValue()), Texts.trimToNull(link.getValue()));
        }
    }
}
