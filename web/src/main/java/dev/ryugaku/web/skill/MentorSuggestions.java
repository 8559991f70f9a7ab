package dev.ryugaku.web.skill;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import dev.ryugaku.core.skill.MentorMatch;
import dev.ryugaku.core.skill.MentorMatching;
import dev.ryugaku.core.skill.SkillRef;
import dev.ryugaku.web.support.PhoneCards;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * おすすめのメンター: a dialog that ranks mentors for the skill areas chosen in it (preset with the
 * wanted ones) and the rotation's period, by {@link dev.ryugaku.core.skill.MentorRanking}; 選ぶ hands
 * the mentor's id to {@code onPick} and closes. Program owners only, as {@link MentorMatching} is.
 */
public class MentorSuggestions extends Dialog {

    private final MentorMatching matching;
    private final LocalDate from;
    private final LocalDate to;
    private final Grid<MentorMatch> grid = new Grid<>();

    /** The button that opens the suggestions, as the enrollment form and the intake decision show it. */
    public static Button opener(String id, Supplier<MentorSuggestions> suggestions) {
        Button open = new Button();
        open.setText(open.getTranslation("mentorMatching.open"));
        open.addClickListener(click -> suggestions.get().open());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.setId(id);
        return open;
    }

    public MentorSuggestions(MentorMatching matching, List<SkillRef> catalogue, Collection<Long> wanted,
                             LocalDate from, LocalDate to, LongConsumer onPick) {
        this.matching = matching;
        this.from = from;
        this.to = to;
        setId("mentor-suggestions");
        setHeaderTitle(getTranslation("mentorMatching.title"));
        setWidth("min(48em, 100%)");
        MultiSelectComboBox<SkillRef> skills = new MultiSelectComboBox<>(getTranslation("mentorMatching.skills"));
        skills.setId("mentor-suggestions-skills");
        skills.setItems(catalogue);
        skills.setItemLabelGenerator(area -> area.name(getLocale()));
        skills.setValue(catalogue.stream().filter(area -> wanted.contains(area.id())).collect(Collectors.toSet()));
        skills.setWidthFull();
        skills.addValueChangeListener(changed -> show(changed.getValue().stream().map(SkillRef::id).toList()));

        grid.setId("mentor-suggestions-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(MentorMatch::name).setHeader(getTranslation("mentorMatching.mentor")).setFlexGrow(2);
        grid.addColumn(match -> match.overlap() == 0 ? getTranslation("skill.none")
                        : String.join(getTranslation("list.separator"), match.sharedAreaNames(getLocale())))
                .setHeader(getTranslation("mentorMatching.shared")).setFlexGrow(3);
        grid.addColumn(match -> getTranslation("mentorMatching.load", match.activeMentees()))
                .setHeader(getTranslation("mentorMatching.loadHeader"));
        grid.addComponentColumn(match -> {
            Button pick = new Button(getTranslation("mentorMatching.pick"), click -> {
                onPick.accept(match.mentorId());
                close();
            });
            pick.addThemeVariants(ButtonVariant.LUMO_SMALL);
            pick.setAriaLabel(getTranslation("mentorMatching.pickNamed", match.name()));
            pick.setId("pick-mentor-" + match.mentorId());
            return pick;
        });
        grid.setAllRowsVisible(true);
        PhoneCards.apply(grid);
        show(skills.getValue().stream().map(SkillRef::id).toList());

        Button back = new Button(getTranslation("action.back"), click -> close());
        getFooter().add(back);
        add(new Paragraph(getTranslation("mentorMatching.text")), skills, grid);
    }

    private void show(List<Long> wanted) {
        grid.setItems(matching.suggest(wanted, from, to));
    }

    /** The mentors as ranked now, for tests. */
    List<MentorMatch> shown() {
        return grid.getListDataView().getItems().toList();
    }
}
