package dev.ryugaku.web.retrospective;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import dev.ryugaku.core.retrospective.RetrospectiveRules;
import dev.ryugaku.core.retrospective.SubmissionStatus;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.navigation.EnrollmentPages;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.security.CurrentUser;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.PageEntry;
import dev.ryugaku.web.support.TextLimit;
import dev.ryugaku.web.support.UnsavedChanges;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The pages at the end of a rotation (retrospective, final evaluation, follow-up) share their frame:
 * read on entering ({@link PageEntry}), "not found" for whoever may not see the rotation, a status line, drafts saved
 * and submitted, and a question before leaving with unsaved text.
 *
 * @param <S> what the service returns for the page
 */
abstract class RotationEndPage<S> extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    static final String ID = "enrollmentId";

    /** The prefix of the page's message keys and component ids, e.g. "retrospective". */
    private final String name;
    private final CurrentUser currentUser;
    private boolean saved;
    private long enrollmentId;
    S sheet;

    RotationEndPage(String name, CurrentUser currentUser) {
        this.name = name;
        this.currentUser = currentUser;
        setMaxWidth("60em");
    }

    /** Reads the page's record for the rotation, as the signed-in user may see it. */
    abstract S load(long enrollmentId);

    /** Builds the page from {@link #sheet}. */
    abstract void render();

    /** Whether what is typed differs from what is stored. */
    abstract boolean hasUnsavedChanges();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PageEntry.load(event, ID, id -> {
            enrollmentId = id;
            reload();
            return sheet;
        });
    }

    long enrollmentId() {
        return enrollmentId;
    }

    /** Reads the record again and builds the page anew. */
    void reload() {
        sheet = load(enrollmentId());
        saved = false;
        removeAll();
        render();
    }

    /** "Submitted on …", "Draft (not submitted)" or "Not submitted yet". */
    Paragraph statusLine(SubmissionStatus status, Instant submittedAt) {
        String text = status == SubmissionStatus.SUBMITTED && submittedAt != null
                ? getTranslation("retrospective.submittedOn",
                        Formats.date(submittedAt.atZone(currentUser.zone()).toLocalDate(), getLocale()))
                : getTranslation(status == null ? "retrospective.status.none" : status.messageKey());
        Paragraph line = new Paragraph(text);
        line.setId(name + "-status");
        line.addClassName("submission-status");
        return line;
    }

    /** A text field of the form: labelled, with its stored value, read-only unless {@code writable}. */
    TextArea area(String field, String value, boolean writable) {
        TextArea area = new TextArea(getTranslation(name + ".field." + field));
        area.setId(name + "-" + field);
        area.setWidthFull();
        area.setMinHeight("5em");
        TextLimit.apply(area, RetrospectiveRules.TEXT_MAX_LENGTH);
        area.setValue(Objects.toString(value, ""));
        area.setReadOnly(!writable);
        return area;
    }

    /**
     * Save-draft and submit buttons; once submitted, one button that saves the correction (still
     * checked as a submission).
     */
    HorizontalLayout actions(SubmissionStatus status, Supplier<FieldErrors> errors, Writer writer) {
        HorizontalLayout actions = new HorizontalLayout();
        if (status != SubmissionStatus.SUBMITTED) {
            Button draft = new Button(getTranslation("retrospective.action.saveDraft"), click -> save(errors, writer, false));
            draft.setId(name + "-save");
            actions.add(draft);
        }
        Button submit = new Button(getTranslation(status == SubmissionStatus.SUBMITTED
                ? "retrospective.action.update" : "retrospective.action.submit"), click -> save(errors, writer, true));
        submit.setId(name + "-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(submit);
        return actions;
    }

    private void save(Supplier<FieldErrors> errors, Writer writer, boolean submit) {
        boolean wasSubmitted = isSubmitted();
        if (errors.get().attempt(() -> writer.write(submit))) {
            saved = true;
            Notifications.success(getTranslation(!submit ? "retrospective.savedDraft"
                    : wasSubmitted ? "retrospective.updated" : "retrospective.submitted"));
            reload();
        }
    }

    abstract boolean isSubmitted();

    RouterLink backToRotation() {
        RouterLink back = Pages.link(getTranslation("retrospective.toRotation"),
                EnrollmentPages.rotation(enrollmentId()));
        back.setId(name + "-to-rotation");
        return back;
    }

    /** A notice in place of the form (not open yet, nothing submitted yet …). */
    Paragraph notice(String id, String text) {
        Paragraph notice = new Paragraph(text);
        notice.setId(name + "-" + id);
        notice.addClassName("notice");
        return notice;
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!saved && sheet != null && hasUnsavedChanges()) {
            UnsavedChanges.confirmLeaving(this, event);
        }
    }

    static boolean differs(String typed, String stored) {
        return !typed.strip().equals(Objects.toString(stored, "").strip());
    }

    /** Saves what is in the form; {@code submit} hands it in. */
    @FunctionalInterface
    interface Writer {
        void write(boolean submit);
    }
}
