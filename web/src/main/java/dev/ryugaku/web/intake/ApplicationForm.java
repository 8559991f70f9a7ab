package dev.ryugaku.web.intake;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.ryugaku.core.intake.ApplicationDraft;
import dev.ryugaku.core.intake.IntakePolicies;
import dev.ryugaku.core.intake.RoundDraft;
import dev.ryugaku.core.skill.SkillRef;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.TextLimit;
import java.util.List;
import java.util.stream.Collectors;

/** The questions a round asks, as fields; only the asked ones are shown. */
class ApplicationForm extends FormLayout {

    final TextArea motivation = new TextArea();
    final MultiSelectComboBox<SkillRef> skills = new MultiSelectComboBox<>();
    final TextArea topics = new TextArea();
    final TextField period = new TextField();
    final FieldErrors errors = new FieldErrors(this);

    ApplicationForm(RoundDraft asked, List<SkillRef> catalogue) {
        addClassName("intake-form");
        setResponsiveSteps(new ResponsiveStep("0", 1));
        motivation.setLabel(getTranslation("intake.field.motivation"));
        motivation.setRequiredIndicatorVisible(true);
        TextLimit.apply(motivation, IntakePolicies.MOTIVATION_MAX);
        skills.setLabel(getTranslation("intake.field.skills"));
        skills.setItems(catalogue);
        skills.setItemLabelGenerator(s -> s.name(getLocale()));
        topics.setLabel(getTranslation("intake.field.topics"));
        TextLimit.apply(topics, IntakePolicies.TOPICS_MAX);
        period.setLabel(getTranslation("intake.field.preferredPeriod"));
        TextLimit.apply(period, IntakePolicies.PERIOD_MAX);
        if (asked.askMotivation()) {
            add(motivation);
        }
        if (asked.askSkills()) {
            add(skills);
        }
        if (asked.askTopics()) {
            add(topics);
        }
        if (asked.askPeriod()) {
            add(period);
        }
        errors.field("motivation", motivation).field("topics", topics).field("preferredPeriod", period);
    }

    ApplicationDraft draft() {
        return new ApplicationDraft(motivation.getValue(),
                skills.getValue().stream().map(SkillRef::id).collect(Collectors.toSet()), topics.getValue(),
                period.getValue());
    }
}
