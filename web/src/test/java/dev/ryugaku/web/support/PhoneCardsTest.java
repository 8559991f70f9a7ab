package dev.ryugaku.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A list on a phone: the grid's own columns become one card per row, and back on a wide screen. */
class PhoneCardsTest {

    record Mentee(String name, String cohort, Integer daysLeft) {
    }

    private final Grid<Mentee> grid = new Grid<>();
    private final PhoneCards<Mentee> phoneCards;

    PhoneCardsTest() {
        grid.addColumn(new ComponentRenderer<>(m -> new Anchor("/enrollments/1", m.name()))).setHeader("参加者");
        grid.addColumn(Mentee::cohort).setHeader("期");
        grid.addColumn(Mentee::daysLeft).setHeader("残り日数");
        phoneCards = PhoneCards.apply(grid);
    }

    @Test
    void onAPhoneEveryColumnGivesWayToOneCardColumn() {
        phoneCards.show(true);

        assertThat(grid.getColumns()).filteredOn(Grid.Column::isVisible).extracting(Grid.Column::getKey)
                .containsExactly("phone-card");
        assertThat(grid.getClassNames()).contains("phone-cards");

        phoneCards.show(false);

        assertThat(grid.getColumns()).filteredOn(Grid.Column::isVisible).hasSize(3);
        assertThat(grid.getClassNames()).doesNotContain("phone-cards");
    }

    @Test
    void aCardShowsTheFirstColumnAsItsTitleAndTheOthersAsLabelledLines() {
        Component card = card(new Mentee("田中 翔太", "第2期", 120));

        List<Component> parts = card.getChildren().toList();
        assertThat(parts.getFirst()).isInstanceOf(Anchor.class);
        assertThat(((Anchor) parts.getFirst()).getText()).isEqualTo("田中 翔太");
        assertThat(parts.get(1).getElement().getTextRecursively()).isEqualTo("期第2期");
        assertThat(parts.get(2).getElement().getTextRecursively()).isEqualTo("残り日数120");
    }

    @Test
    void anEmptyValueLeavesItsLineOutRatherThanShowingALabelOverNothing() {
        Component card = card(new Mentee("田中 翔太", "第2期", null));
        assertThat(card.getChildren()).hasSize(2);
        assertThat(card.getElement().getTextRecursively()).doesNotContain("残り日数", "null");
    }

    @Test
    void theCardColumnIsHeadedLikeTheFirstColumn() {
        assertThat(grid.getColumnByKey("phone-card").getHeaderText()).isEqualTo("参加者");
    }

    @SuppressWarnings("unchecked")
    private Component card(Mentee mentee) {
        Grid.Column<Mentee> cards = grid.getColumnByKey("phone-card");
        return ((ComponentRenderer<? extends Component, Mentee>) cards.getRenderer()).createComponent(mentee);
    }
}
