package dev.ryugaku.web.retrospective;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.ryugaku.core.retrospective.BroughtBack;
import java.util.List;

/** What a graduate brought back, one line each: "[Runbook] title", its link opening in a new tab. */
class BroughtBackList extends UnorderedList {

    BroughtBackList(List<BroughtBack> items) {
        addClassName("brought-back");
        if (items.isEmpty()) {
            add(new ListItem(getTranslation("followUp.noItems")));
        }
        for (BroughtBack item : items) {
            ListItem line = new ListItem(new Span(getTranslation("followUp.itemLine",
                    getTranslation(item.kind().messageKey()), item.title())));
            if (item.link() != null) {
                // only http(s) addresses are stored, so the link cannot run script
                Anchor link = new Anchor(item.link(), item.link(), AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer");
                line.add(new Span(" "), link);
            }
            add(line);
        }
    }
}
