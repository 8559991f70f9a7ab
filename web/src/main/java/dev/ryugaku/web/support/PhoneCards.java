package dev.ryugaku.web.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A list on a phone: below {@link #NARROW_PX} the grid's columns give way to one column where each
 * row is a card, its first column as the title and the others as labelled lines, so nothing is cut
 * off at the screen's edge. Cards are built from the grid's own columns, so a view adds no second
 * description of its rows; call {@link #apply} after the columns are added.
 */
public final class PhoneCards<T> {

    static final int NARROW_PX = 600;

    private final Grid<T> grid;
    private final List<Grid.Column<T>> columns;
    private final Grid.Column<T> cards;
    private boolean narrow;

    private PhoneCards(Grid<T> grid) {
        this.grid = grid;
        this.columns = List.copyOf(grid.getColumns());
        this.cards = grid.addColumn(new ComponentRenderer<>(this::card));
        cards.setKey("phone-card");
        // the cards' title is the first column: its header names the list's rows
        cards.setHeader(columns.isEmpty() ? null : columns.getFirst().getHeaderText());
        cards.setVisible(false);
    }

    public static <T> PhoneCards<T> apply(Grid<T> grid) {
        PhoneCards<T> phoneCards = new PhoneCards<>(grid);
        grid.addAttachListener(attached -> phoneCards.follow(attached.getUI()));
        return phoneCards;
    }

    private void follow(UI ui) {
        ui.getPage().retrieveExtendedClientDetails(details -> show(details.getWindowInnerWidth() < NARROW_PX));
        Registration resizes = ui.getPage().addBrowserWindowResizeListener(resized -> show(resized.getWidth() < NARROW_PX));
        grid.addDetachListener(detached -> {
            resizes.remove();
            detached.unregisterListener();
        });
    }

    /** Rows as cards (a phone) or as columns. */
    void show(boolean asCards) {
        if (asCards == narrow) {
            return;
        }
        narrow = asCards;
        columns.forEach(column -> column.setVisible(!asCards));
        cards.setVisible(asCards);
        grid.setClassName("phone-cards", asCards);
    }

    boolean showsCards() {
        return narrow;
    }

    private Component card(T item) {
        Div card = new Div();
        card.addClassName("grid-card");
        boolean first = true;
        for (Grid.Column<T> column : columns) {
            Component value = value(column, item);
            if (first) {
                value.addClassName("grid-card-title");
                card.add(value);
                first = false;
                continue;
            }
            if (value instanceof Span text && text.getText().isBlank()) {
                continue; // a label over nothing says nothing
            }
            Div line = new Div();
            line.addClassName("grid-card-line");
            if (column.getHeaderText() != null && !column.getHeaderText().isBlank()) {
                Span label = new Span(column.getHeaderText());
                label.addClassName("grid-card-label");
                line.add(label);
            }
            line.add(value);
            card.add(line);
        }
        return card;
    }

    /**
     * A component column's component, or the text a value column sends to the browser (read through
     * the renderer's public data generator, as the grid itself does).
     */
    @SuppressWarnings("unchecked")
    private static <T> Component value(Grid.Column<T> column, T item) {
        Renderer<T> renderer = column.getRenderer();
        if (renderer instanceof ComponentRenderer<?, ?> components) {
            return ((ComponentRenderer<? extends Component, T>) components).createComponent(item);
        }
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        renderer.render(new Element("div"), null).getDataGenerator().ifPresent(values -> values.generateData(item, row));
        return new Span(row.properties().stream().findFirst().map(value -> value.getValue().isNull() ? "" : value.getValue().asString()).orElse(""));
    }
}
