package dev.ryugaku.web.skill;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.ryugaku.core.skill.DeclaredSkillAreas;
import dev.ryugaku.core.skill.SkillRef;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** 得意分野: under 設定, a mentor ticks the skill areas they are strongest in, for mentor matching. */
public class MentorAreasSection extends Div {

    MentorAreasSection(DeclaredSkillAreas declared, List<SkillRef> catalogue) {
        setId("mentor-areas-settings");
        CheckboxGroup<SkillRef> areas = new CheckboxGroup<>(getTranslation("mentorAreas.label"));
        areas.setId("mentor-areas");
        areas.setItems(catalogue);
        areas.setItemLabelGenerator(area -> area.name(getLocale()));
        Set<Long> mine = declared.mine();
        areas.setValue(catalogue.stream().filter(area -> mine.contains(area.id())).collect(Collectors.toSet()));
        FieldErrors errors = new FieldErrors(this).field("skillAreaIds", areas);
        Button save = new Button(getTranslation("action.save"), click -> {
            List<Long> ids = areas.getValue().stream().map(SkillRef::id).toList();
            if (errors.attempt(() -> declared.declare(ids))) {
                Notifications.success(getTranslation("mentorAreas.saved", ids.size()));
            }
        });
        save.setId("save-mentor-areas");
        add(new H2(getTranslation("mentorAreas.title")), new Paragraph(getTranslation("mentorAreas.text")), areas, save);
    }
}
