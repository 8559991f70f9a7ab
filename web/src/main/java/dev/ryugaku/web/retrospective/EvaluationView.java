package dev.ryugaku.web.retrospective;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import dev.ryugaku.core.retrospective.EvaluationDraft;
import dev.ryugaku.core.retrospective.EvaluationService;
import dev.ryugaku.core.retrospective.EvaluationSheet;
import dev.ryugaku.core.retrospective.OnCallReadiness;
import dev.ryugaku.core.retrospective.SubmissionStatus;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.security.CurrentUser;
import dev.ryugaku.web.support.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;

/**
 * 最終評価: a mentor of the rotation writes it in the same window as the retrospective — summary,
 * strengths, next steps and readiness for on-call — saves drafts and submits it. The participant and
 * owners read it once submitted.
 */
@Route("enrollments/:enrollmentId(\\d+)/evaluation")
@RolesAllowed({Role.OWNER_NAME, Role.MENTOR_NAME, Role.PARTICIPANT_NAME})
class EvaluationView extends RotationEndPage<EvaluationSheet> {

    private final EvaluationService evaluations;
    private TextArea summary;
    private TextArea strengths;
    private TextArea nextSteps;
    private RadioButtonGroup<OnCallReadiness> readiness;

    EvaluationView(EvaluationService evaluations, CurrentUser currentUser) {
        super("evaluation", currentUser);
        this.evaluations = evaluations;
    }

    @Override
    EvaluationSheet load(long enrollmentId) {
        return evaluations.get(enrollmentId);
    }

    @Override
    void render() {
        add(new H2(getPageTitle()));
        add(new Paragraph(getTranslation("evaluation.intro")));
        add(statusLine(sheet.status(), sheet.submittedAt()));
        EvaluationDraft content = sheet.content();
        summary = null;
        if (content == null) {
            add(notice("not-submitted", getTranslation("evaluation.notSubmittedYet")));
            add(backToRotation());
            return;
        }
        if (!sheet.open() && sheet.status() == null) {
            add(notice("not-open", getTranslation("evaluation.notOpen",
                    Formats.date(sheet.opensOn(), getLocale()), Formats.date(sheet.rotationEnd(), getLocale()))));
            add(backToRotation());
            return;
        }
        if (sheet.writtenByName() != null) {
            Paragraph writer = new Paragraph(getTranslation("evaluation.writtenBy", sheet.writtenByName()));
            writer.setId("evaluation-written-by");
            add(writer);
        }
        boolean writable = sheet.mayWrite();
        summary = area("summary", content.summary(), writable);
        summary.setRequiredIndicatorVisible(writable);
        strengths = area("strengths", content.strengths(), writable);
        nextSteps = area("nextSteps", content.nextSteps(), writable);
        readiness = new RadioButtonGroup<>(getTranslation("evaluation.field.readiness"));
        readiness.setId("evaluation-readiness");
        readiness.setItems(List.of(OnCallReadiness.values()));
        readiness.setItemLabelGenerator(level -> getTranslation(level.messageKey()));
        readiness.setRequiredIndicatorVisible(writable);
        readiness.setValue(content.readiness());
        readiness.setReadOnly(!writable);
        add(summary, strengths, nextSteps, readiness);
        FieldErrors errors = new FieldErrors(this).field("summary", summary).field("strengths", strengths)
                .field("nextSteps", nextSteps).field("readiness", readiness);
        Paragraph general = new Paragraph();
        errors.general(general);
        add(general);
        if (writable) {
            add(actions(sheet.status(), () -> errors, submit -> evaluations.write(enrollmentId(), sheet.version(),
                    new EvaluationDraft(summary.getValue(), strengths.getValue(), nextSteps.getValue(), readiness.getValue()),
                    submit)));
        }
        add(backToRotation());
    }

    @Override
    boolean isSubmitted() {
        return sheet.status() == SubmissionStatus.SUBMITTED;
    }

    @Override
    boolean hasUnsavedChanges() {
        if (!sheet.mayWrite() || summary == null) {
            return false;
        }
        EvaluationDraft stored = sheet.content();
        return differs(summary.getValue(), stored.summary()) || differs(strengths.getValue(), stored.strengths())
                || differs(nextSteps.getValue(), stored.nextSteps())
                || !Objects.equals(readiness.getValue(), stored.readiness());
    }

    @Override
    public String getPageTitle() {
        return sheet == null ? getTranslation("evaluation.title.plain")
                : getTranslation("evaluation.title", sheet.participantName(), sheet.cohortName());
    }
}
