package dev.ryugaku.web.support;

import com.vaadin.flow.component.Component;

/**
 * A box that scrolls sideways on a narrow screen (the week grid, the cohort timeline, the task board)
 * must be reachable and scrollable with the keyboard too: focusable, and named for screen readers.
 */
public final class ScrollRegions {

    private ScrollRegions() {
    }

    public static void focusable(Component region, String name) {
        region.getElement().setAttribute("tabindex", "0");
        region.getElement().setAttribute("role", "region");
        region.getElement().setAttribute("aria-label", name);
    }
}
