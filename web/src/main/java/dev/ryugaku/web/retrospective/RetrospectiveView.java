package dev.ryugaku.web.retrospective;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import dev.ryugaku.core.retrospective.NetPromoterScore;
import dev.ryugaku.core.retrospective.RetrospectiveDraft;
import dev.ryugaku.core.retrospective.RetrospectiveService;
import dev.ryugaku.core.retrospective.RetrospectiveSheet;
import dev.ryugaku.core.retrospective.SubmissionStatus;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.security.CurrentUser;
import dev.ryugaku.web.support.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * ふりかえり: the participant writes it from two weeks before the rotation ends — what they learned,
 * what was hardest, Keep / Problem / Try, feedback to the program, the recommend score, comments
 * about the mentor — saves drafts and submits it. Mentors and owners read what was submitted, as far
 * as it is for them.
 */
@Route("enrollments/:enrollmentId(\\d+)/retrospective")
@RolesAllowed({Role.OWNER_NAME, Role.MENTOR_NAME, Role.PARTICIPANT_NAME})
class RetrospectiveView extends RotationEndPage<RetrospectiveSheet> {

    private final RetrospectiveService retrospectives;
    private TextArea learned;
    private TextArea hardest;
    private TextArea keep;
    private TextArea problem;
    private TextArea tryNext;
    private TextArea programFeedback;
    private TextArea mentorComments;
    private Checkbox shareWithMentor;
    private RadioButtonGroup<Integer> recommendScore;

    RetrospectiveView(RetrospectiveService retrospectives, CurrentUser currentUser) {
        super("retrospective", currentUser);
        this.retrospectives = retrospectives;
    }

    @Override
    RetrospectiveSheet load(long enrollmentId) {
        return retrospectives.get(enrollmentId);
    }

    @Override
    void render() {
        add(new H2(getPageTitle()));
        add(new Paragraph(getTranslation("retrospective.intro")));
        add(statusLine(sheet.status(), sheet.submittedAt()));
        RetrospectiveDraft content = sheet.content();
        if (!sheet.open() && content != null && sheet.status() == null) {
            add(notice("not-open", getTranslation("retrospective.notOpen",
                    Formats.date(sheet.opensOn(), getLocale()), Formats.date(sheet.rotationEnd(), getLocale()))));
        } else if (content == null) {
            add(notice("not-submitted", getTranslation("retrospective.notSubmittedYet")));
        }
        if (content == null || (!sheet.open() && sheet.status() == null)) {
            add(backToRotation());
            return;
        }
        boolean writable = sheet.mayWrite();
        learned = area("learned", content.learned(), writable);
        learned.setRequiredIndicatorVisible(writable);
        hardest = area("hardest", content.hardest(), writable);
        keep = area("keep", content.keep(), writable);
        keep.setHelperText(getTranslation("retrospective.field.keep.help"));
        problem = area("problem", content.problem(), writable);
        problem.setHelperText(getTranslation("retrospective.field.problem.help"));
        tryNext = area("tryNext", content.tryNext(), writable);
        tryNext.setHelperText(getTranslation("retrospective.field.tryNext.help"));
        add(learned, hardest, keep, problem, tryNext);
        FieldErrors errors = new FieldErrors(this).field("learned", learned).field("hardest", hardest).field("keep", keep)
                .field("problem", problem).field("tryNext", tryNext);
        recommendScore = null;
        if (sheet.showsRecommendScore()) {
            recommendScore = recommend(content.recommendScore(), writable);
            add(recommendScore);
            errors.field("recommendScore", recommendScore);
        }
        programFeedback = null;
        if (sheet.showsProgramFeedback()) {
            programFeedback = area("programFeedback", content.programFeedback(), writable);
            programFeedback.setHelperText(getTranslation("retrospective.field.programFeedback.help"));
            add(programFeedback);
            errors.field("programFeedback", programFeedback);
        }
        mentorComments = null;
        shareWithMentor = null;
        if (sheet.showsMentorComments()) {
            mentorComments = area("mentorComments", content.mentorComments(), writable);
            mentorComments.setHelperText(getTranslation("retrospective.field.mentorComments.help"));
            shareWithMentor = new Checkbox(getTranslation("retrospective.field.shareWithMentor"), content.shareWithMentor());
            shareWithMentor.setId("retrospective-shareWithMentor");
            shareWithMentor.setReadOnly(!writable);
            add(mentorComments, shareWithMentor);
            errors.field("mentorComments", mentorComments);
        }
        Paragraph general = new Paragraph();
        errors.general(general);
        add(general);
        if (writable) {
            add(actions(sheet.status(), () -> errors,
                    submit -> retrospectives.write(enrollmentId(), sheet.version(), typed(), submit)));
        }
        add(backToRotation());
    }

    private RadioButtonGroup<Integer> recommend(Integer value, boolean writable) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(getTranslation("retrospective.field.recommendScore"));
        group.setId("retrospective-recommendScore");
        group.setItems(IntStream.rangeClosed(NetPromoterScore.MIN_SCORE, NetPromoterScore.MAX_SCORE).boxed().toList());
        group.setItemLabelGenerator(String::valueOf);
        group.setHelperText(getTranslation("retrospective.field.recommendScore.help"));
        group.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        group.addClassName("recommend-score");
        group.setRequiredIndicatorVisible(writable);
        group.setValue(value);
        group.setReadOnly(!writable);
        return group;
    }

    /** The form as typed; parts the reader does not see are never sent (only the participant writes). */
    private RetrospectiveDraft typed() {
        return new RetrospectiveDraft(learned.getValue(), hardest.getValue(), keep.getValue(), problem.getValue(),
                tryNext.getValue(), programFeedback == null ? null : programFeedback.getValue(),
                mentorComments == null ? null : mentorComments.getValue(),
                shareWithMentor != null && shareWithMentor.getValue(), recommendScore == null ? null : recommendScore.getValue());
    }

    @Override
    boolean isSubmitted() {
        return sheet.status() == SubmissionStatus.SUBMITTED;
    }

    @Override
    boolean hasUnsavedChanges() {
        if (!sheet.mayWrite() || learned == null) {
            return false;
        }
        RetrospectiveDraft stored = sheet.content();
        return differs(learned.getValue(), stored.learned()) || differs(hardest.getValue(), stored.hardest())
                || differs(keep.getValue(), stored.keep()) || differs(problem.getValue(), stored.problem())
                || differs(tryNext.getValue(), stored.tryNext())
                || (programFeedback != null && differs(programFeedback.getValue(), stored.programFeedback()))
                || (mentorComments != null && differs(mentorComments.getValue(), stored.mentorComments()))
                || (shareWithMentor != null && shareWithMentor.getValue() != stored.shareWithMentor())
                || (recommendScore != null && !Objects.equals(recommendScore.getValue(), stored.recommendScore()));
    }

    @Override
    public String getPageTitle() {
        return sheet == null ? getTranslation("retrospective.title.plain")
                : getTranslation("retrospective.title", sheet.participantName(), sheet.cohortName());
    }
}
