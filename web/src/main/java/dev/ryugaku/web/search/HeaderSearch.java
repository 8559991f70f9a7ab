package dev.ryugaku.web.search;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.component.shared.Tooltip;
import dev.ryugaku.core.search.SearchText;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.SearchPages;

/**
 * The search in the header: a field on wide screens (Enter opens the results), an icon button on a
 * phone, which opens the results page with its own field.
 */
public class HeaderSearch extends Div {

    private final TextField field = new TextField();

    public HeaderSearch() {
        addClassName("header-search");
        field.addClassName("header-search-field");
        field.setId("header-search-field");
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setPlaceholder(getTranslation("search.placeholder"));
        field.setAriaLabel(getTranslation("search.label"));
        field.setMaxLength(SearchText.MAX_LENGTH);
        field.setClearButtonVisible(true);
        field.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        field.addKeyDownListener(Key.ENTER, event -> open(field.getValue()));

        Button button = new Button(VaadinIcon.SEARCH.create(), click -> Pages.navigate(SearchPages.results()));
        button.addClassName("header-search-button");
        button.setId("header-search-button");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation("search.label"));
        Tooltip.forComponent(button).setText(getTranslation("search.label"));
        add(field, button);
    }

    private void open(String text) {
        if (SearchText.of(text).isPresent()) {
            Pages.navigate(SearchPages.results(), SearchPages.query(text.strip(), null, null));
            field.clear();
        }
    }

    TextField field() {
        return field;
    }
}
