package dev.ryugaku.web.checkin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.ryugaku.core.checkin.ActionItemService;
import dev.ryugaku.core.checkin.CheckInDetail;
import dev.ryugaku.core.checkin.CheckInRules;
import dev.ryugaku.core.checkin.CheckInService;
import dev.ryugaku.core.checkin.CheckInStatus;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.Breadcrumbs;
import dev.ryugaku.web.navigation.EnrollmentPages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.security.CurrentUser;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.PageEntry;
import dev.ryugaku.web.support.TextLimit;
import dev.ryugaku.web.support.UnsavedChanges;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Objects;
import dev.ryugaku.web.support.DialogKeys;

/**
 * One check-in (チェックイン): the mentor records it, moves or cancels it and agrees action items;
 * the participant reads the summary and action items (never the private notes) and writes what
 * they want to talk about beforehand.
 */
@Route("checkins/:checkInId(\\d+)")
@RolesAllowed({Role.OWNER_NAME, Role.MENTOR_NAME, Role.PARTICIPANT_NAME})
class CheckInView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String ID = "checkInId";

    private final CheckInService checkIns;
    private final ActionItemService actionItemService;
    private final CurrentUser currentUser;
    private final Clock clock;
    private CheckInDetail checkIn;
    private CheckInRecordForm recordForm;
    private ActionItemsPanel actionItems;
    private TextArea participantNote;

    CheckInView(CheckInService checkIns, ActionItemService actionItemService, CurrentUser currentUser,
                Clock clock) {
        this.checkIns = checkIns;
        this.actionItemService = actionItemService;
        this.currentUser = currentUser;
        this.clock = clock;
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PageEntry.load(event, ID, checkIns::detail).ifPresent(loaded -> {
            checkIn = loaded;
            render();
        });
    }

    private void reload() {
        checkIn = checkIns.detail(checkIn.id());
        render();
    }

    private void render() {
        removeAll();
        recordForm = null;
        actionItems = null;
        participantNote = null;
        add(Breadcrumbs.fromHome().rotation(checkIn.enrollmentId(), checkIn.participantName(), checkIn.cohortName())
                .here(Formats.dateTime(checkIn.scheduledAt(), currentUser.zone(), getLocale())));
        add(new H2(getPageTitle()));
        add(facts());
        if (checkIn.status() == CheckInStatus.CANCELLED && checkIn.cancelReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("checkin.cancelledBecause", checkIn.cancelReason()));
            reason.setId("checkin-cancel-reason");
            add(reason);
        }
        add(participantNoteSection());
        if (checkIn.maySupervise() && checkIn.isOpen()) {
            add(moveOrCancel());
        }
        if (checkIn.maySupervise() && isRecordable()) {
            recordForm = new CheckInRecordForm(checkIns, checkIn, this::reload);
            add(recordForm);
        } else if (checkIn.status() == CheckInStatus.HELD) {
            add(recordedView());
        }
        actionItems = new ActionItemsPanel(actionItemService, checkIn, currentUser.today(), this::reload);
        add(actionItems);
    }

    private Div facts() {
        Div facts = new Div();
        facts.setId("checkin-facts");
        Span status = new Span(getTranslation(checkIn.status().messageKey()));
        status.setId("checkin-status");
        status.addClassName("status-badge");
        String when = Formats.dateTime(checkIn.scheduledAt(), currentUser.zone(), getLocale());
        Paragraph line = new Paragraph(getTranslation("checkin.facts", when, checkIn.cohortName(),
                Objects.toString(checkIn.mentorName(), "—")));
        line.setId("checkin-when");
        HorizontalLayout top = new HorizontalLayout(status, Pages.link(checkIn.participantName(),
                EnrollmentPages.rotation(checkIn.enrollmentId())));
        top.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        facts.add(top, line);
        if (checkIn.heldAt() != null) {
            facts.add(new Paragraph(getTranslation("checkin.heldAt",
                    Formats.dateTime(checkIn.heldAt(), currentUser.zone(), getLocale()))));
        }
        return facts;
    }

    private boolean isRecordable() {
        return CheckInRules.checkRecordable(checkIn.status(), checkIn.scheduledAt(), clock.instant()).isEmpty();
    }

    /** The participant writes it before the talk; everyone who sees the check-in reads it. */
    private Div participantNoteSection() {
        Div section = new Div();
        section.setWidthFull();
        section.add(new H3(getTranslation("checkin.participantNote.title")));
        if (checkIn.isParticipant() && checkIn.status() == CheckInStatus.SCHEDULED) {
            participantNote = new TextArea(getTranslation("checkin.participantNote.label"));
            participantNote.setId("checkin-participant-note");
            participantNote.setWidthFull();
            participantNote.setHelperText(getTranslation("checkin.participantNote.help"));
            TextLimit.apply(participantNote, CheckInRules.PARTICIPANT_NOTE_MAX_LENGTH);
            participantNote.setValue(Objects.toString(checkIn.participantNote(), ""));
            FieldErrors errors = new FieldErrors(this).field("participantNote", participantNote);
            Button save = new Button(getTranslation("checkin.participantNote.save"), click -> {
                if (errors.attempt(() -> checkIns.writeParticipantNote(checkIn.id(), checkIn.version(),
                        participantNote.getValue()))) {
                    Notifications.success(getTranslation("checkin.participantNote.saved"));
                    reload();
                }
            });
            save.setId("checkin-participant-note-save");
            section.add(participantNote, save);
        } else {
            Paragraph note = new Paragraph(checkIn.participantNote() != null ? checkIn.participantNote()
                    : getTranslation("checkin.participantNote.none"));
            note.setId("checkin-participant-note-text");
            note.addClassName("preserve-lines");
            section.add(note);
        }
        return section;
    }

    private Div moveOrCancel() {
        Div section = new Div();
        section.setId("checkin-move");
        section.add(new H3(getTranslation("checkin.move.title")));
        NewTimeField time = new NewTimeField("checkin-reschedule", currentUser.zone(), getLocale(), checkIn.scheduledAt());
        FieldErrors errors = time.register(new FieldErrors(this));
        Button reschedule = new Button(getTranslation("checkin.move.reschedule"), click -> {
            if (errors.attempt(() -> checkIns.reschedule(checkIn.id(), checkIn.version(), time.value()))) {
                Notifications.success(getTranslation("checkin.move.rescheduled"));
                reload();
            }
        });
        reschedule.setId("checkin-reschedule");
        Button cancel = new Button(getTranslation("checkin.cancel.open"), click -> openCancelDialog());
        cancel.setId("checkin-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        time.add(reschedule, cancel);
        section.add(time);
        return section;
    }

    /** A dialog that stays open, with the message beside the field, until a reason is given. */
    private void openCancelDialog() {
        Dialog dialog = new Dialog(getTranslation("checkin.cancel.header"));
        dialog.setId("checkin-cancel-dialog");
        TextArea reason = new TextArea(getTranslation("checkin.cancel.reason"));
        reason.setId("checkin-cancel-reason-field");
        reason.setWidth("28em");
        TextLimit.apply(reason, CheckInRules.CANCEL_REASON_MAX_LENGTH);
        reason.setRequiredIndicatorVisible(true);
        dialog.add(reason);
        FieldErrors errors = new FieldErrors(dialog).field("reason", reason);
        Button keep = new Button(getTranslation("checkin.cancel.keep"), click -> dialog.close());
        keep.setId("checkin-cancel-keep");
        Button confirm = new Button(getTranslation("checkin.cancel.confirm"), click -> {
            if (errors.attempt(() -> checkIns.cancel(checkIn.id(), checkIn.version(), reason.getValue()))) {
                dialog.close();
                Notifications.success(getTranslation("checkin.cancel.done"));
                reload();
            }
        });
        confirm.setId("checkin-cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(keep, confirm);
        DialogKeys.apply(dialog, confirm);
        dialog.open();
    }

    /** The record as the participant (or anyone who may not edit it) reads it: no private notes. */
    private Div recordedView() {
        Div recorded = new Div();
        recorded.setId("checkin-recorded");
        recorded.add(new H3(getTranslation("checkin.record.title")));
        Paragraph ratings = new Paragraph(getTranslation("checkin.ratings", checkIn.progress(), checkIn.wellBeing(),
                checkIn.confidence()));
        ratings.setId("checkin-ratings");
        recorded.add(ratings, labelled("checkin.field.summary", checkIn.summary(), "checkin-summary-text"));
        if (checkIn.blockers() != null) {
            recorded.add(labelled("checkin.field.blockers", checkIn.blockers(), "checkin-blockers-text"));
        }
        if (checkIn.privateNotes() != null) {
            recorded.add(labelled("checkin.field.privateNotes", checkIn.privateNotes(), "checkin-private-notes-text"));
        }
        return recorded;
    }

    private Div labelled(String labelKey, String text, String id) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        Paragraph body = new Paragraph(Objects.toString(text, ""));
        body.setId(id);
        body.addClassName("preserve-lines");
        return new Div(label, body);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        boolean noteChanged = participantNote != null
                && !participantNote.getValue().equals(Objects.toString(checkIn.participantNote(), ""));
        boolean recordChanged = recordForm != null && recordForm.hasChanges();
        boolean itemTyped = actionItems != null && actionItems.hasUnsavedText();
        if (noteChanged || recordChanged || itemTyped) {
            UnsavedChanges.confirmLeaving(this, event);
        }
    }

    @Override
    public String getPageTitle() {
        if (checkIn == null) {
            return getTranslation("checkin.title");
        }
        // from the reader's side: the participant meets their mentor, everyone else meets the participant
        String other = checkIn.isParticipant() ? checkIn.mentorName() : checkIn.participantName();
        return other == null ? getTranslation("checkin.title") : getTranslation("checkin.page.title", other);
    }
}
