package dev.ryugaku.web.skill;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import dev.ryugaku.core.skill.AssessmentRules;
import dev.ryugaku.core.skill.AssessmentSide;
import dev.ryugaku.core.skill.AssessmentView;
import dev.ryugaku.core.skill.PhaseSheet;
import dev.ryugaku.core.skill.RatingInput;
import dev.ryugaku.core.skill.SkillAssessmentService;
import dev.ryugaku.core.skill.SkillLevel;
import dev.ryugaku.core.skill.SkillRef;
import dev.ryugaku.core.skill.SkillSheet;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.TextLimit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The writer's side of one phase: for each active area a level from 0 to 4, each with its
 * description, and an optional comment. Saved as a draft, or submitted — after which it is final.
 */
class AssessmentForm extends Div {

    private final SkillSheet sheet;
    private final PhaseSheet phase;
    private final AssessmentView own;
    private final Map<Long, RadioButtonGroup<Integer>> levels = new LinkedHashMap<>();
    private final Map<Long, TextField> comments = new LinkedHashMap<>();
    private final FieldErrors errors = new FieldErrors(this);
    private final SkillAssessmentService assessments;
    private final Runnable saved;

    AssessmentForm(SkillAssessmentService assessments, SkillSheet sheet, PhaseSheet phase, Runnable saved) {
        this.assessments = assessments;
        this.sheet = sheet;
        this.phase = phase;
        this.saved = saved;
        this.own = phase.of(sheet.writes());
        setId("skill-form");
        setWidthFull();
        add(new H3(getTranslation(sheet.writes() == AssessmentSide.SELF ? "skill.form.titleSelf" : "skill.form.titleMentor",
                getTranslation(phase.phase().messageKey()), sheet.personName())));
        add(new Paragraph(getTranslation("skill.form.intro")));
        Paragraph general = new Paragraph();
        general.setId("skill-form-error");
        errors.general(general);
        add(general);
        for (SkillRef skill : sheet.skills()) {
            if (skill.active()) {
                add(area(skill));
            }
        }
        Button draft = new Button(getTranslation("skill.form.saveDraft"), click -> save(false));
        draft.setId("save-skill-draft");
        Button submit = new Button(getTranslation("skill.form.submit"), click -> confirmSubmit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-skills");
        add(new Paragraph(getTranslation("skill.form.finalNote")), new HorizontalLayout(draft, submit));
    }

    private Div area(SkillRef skill) {
        Div block = new Div();
        block.addClassName("skill-rating");
        Paragraph description = new Paragraph(skill.description(getLocale()));
        description.addClassName("skill-description");
        RadioButtonGroup<Integer> level = new RadioButtonGroup<>(getTranslation("skill.form.level"));
        level.setId(RatingInput.levelField(skill.id()));
        level.setItems(Arrays.stream(SkillLevel.values()).map(SkillLevel::value).toList());
        level.setItemLabelGenerator(value -> getTranslation("skill.level.option", value,
                getTranslation(SkillLevel.of(value).messageKey()), getTranslation(SkillLevel.of(value).descriptionKey())));
        level.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        TextField comment = new TextField(getTranslation("skill.form.comment"));
        comment.setId(RatingInput.commentField(skill.id()));
        TextLimit.apply(comment, AssessmentRules.COMMENT_MAX_LENGTH);
        comment.setWidthFull();
        AssessmentView.RatingView stored = stored(skill.id());
        if (stored != null) {
            level.setValue(stored.level());
            comment.setValue(Objects.toString(stored.comment(), ""));
        }
        levels.put(skill.id(), level);
        comments.put(skill.id(), comment);
        errors.field(RatingInput.levelField(skill.id()), level).field(RatingInput.commentField(skill.id()), comment);
        block.add(new H4(skill.name(getLocale())), description, level, comment);
        return block;
    }

    private AssessmentView.RatingView stored(long skillId) {
        return own == null ? null : own.ratings().get(skillId);
    }

    private List<RatingInput> inputs() {
        List<RatingInput> inputs = new ArrayList<>();
        levels.forEach((skill, level) -> inputs.add(new RatingInput(skill, level.getValue(), comments.get(skill).getValue())));
        return inputs;
    }

    private void confirmSubmit() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-skill-submit");
        dialog.setHeader(getTranslation("skill.form.submit.header", getTranslation(phase.phase().messageKey())));
        dialog.setText(getTranslation("skill.form.submit.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.back"));
        dialog.setConfirmText(getTranslation("skill.form.submit"));
        dialog.addConfirmListener(confirmed -> save(true));
        dialog.open();
    }

    /** Saves the draft or submits it; on success the page reloads through {@code saved}. */
    void save(boolean submitting) {
        Long version = own == null ? null : own.version();
        boolean done = errors.attempt(() -> {
            if (submitting) {
                assessments.submit(sheet.enrollmentId(), phase.phase(), version, inputs());
            } else {
                assessments.saveDraft(sheet.enrollmentId(), phase.phase(), version, inputs());
            }
        });
        if (done) {
            Notifications.success(getTranslation(submitting ? "skill.form.submitted" : "skill.form.draftSaved"));
            saved.run();
        }
    }

    /** Anything chosen or typed that differs from what is stored. */
    boolean hasChanges() {
        for (Map.Entry<Long, RadioButtonGroup<Integer>> entry : levels.entrySet()) {
            AssessmentView.RatingView stored = stored(entry.getKey());
            String comment = comments.get(entry.getKey()).getValue();
            if (!Objects.equals(entry.getValue().getValue(), stored == null ? null : stored.level())
                    || !comment.equals(stored == null ? "" : Objects.toString(stored.comment(), ""))) {
                return true;
            }
        }
        return false;
    }
}
