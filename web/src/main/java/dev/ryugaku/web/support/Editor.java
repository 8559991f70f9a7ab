package dev.ryugaku.web.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * What every editor page shares, composed into it: the heading (also the page title), opening for
 * a new record or an existing one, saving — core's refusals beside the fields, a concurrent edit as
 * a message, what was typed kept either way — and the question before leaving with unsaved changes.
 *
 * @param <D> the draft the form is bound to
 */
public final class Editor<D> {

    private final Component page;
    private final Binder<D> binder;
    private final Supplier<D> blank;
    private final FieldErrors errors;
    private final H2 title = new H2();
    private boolean saved;

    /**
     * @param page   the editor page (asks the question before leaving, speaks the user's language)
     * @param binder the form's binder
     * @param blank  a new, empty draft
     * @param errors where core's refusals show
     */
    public Editor(Component page, Binder<D> binder, Supplier<D> blank, FieldErrors errors) {
        this.page = page;
        this.binder = binder;
        this.blank = blank;
        this.errors = errors;
    }

    /** The heading, for the page to place. */
    public H2 title() {
        return title;
    }

    /** The heading's text: the page's title. */
    public String pageTitle() {
        return title.getText();
    }

    /**
     * Opens the page for its route: {@code create} when the route names no record, else
     * {@code edit} with what {@code load} reads for the id; "not found" for an id that does not
     * exist or that the user may not see.
     */
    public <R> void open(BeforeEnterEvent event, String idParameter, LongFunction<R> load, Consumer<R> edit,
                         Runnable create) {
        saved = false;
        Optional<Long> id = event.getRouteParameters().getLong(idParameter);
        PageEntry.orNotFound(event, () -> {
            if (id.isPresent()) {
                edit.accept(load.apply(id.get()));
            } else {
                create.run();
            }
            return id;
        });
    }

    /** Shows {@code draft} in the form under {@code heading}; changes from here on are unsaved. */
    public void show(String heading, D draft) {
        title.setText(heading);
        binder.readBean(draft);
        saved = false;
    }

    /**
     * Saves what is typed, as a new draft, with {@code save} (which returns the saved record's id or
     * the like, never null); when that succeeds, {@code then} gets the draft and the result and
     * leaving asks nothing. When core refuses — invalid input, or
     * someone else saved the record in the meantime — the reason shows and the form keeps the input.
     */
    public <T> void save(Function<D, T> save, BiConsumer<D, T> then) {
        D input = blank.get();
        binder.writeBeanAsDraft(input, true);
        errors.attempt(() -> save.apply(input)).ifPresent(result -> {
            saved = true;
            then.accept(input, result);
        });
    }

    /** Nothing typed is left to lose (the record was deleted, say): leaving asks nothing. */
    public void markSaved() {
        saved = true;
    }

    /** Asks before leaving with unsaved changes; the page calls it from its {@code beforeLeave}. */
    public void confirmLeaving(BeforeLeaveEvent event) {
        if (!saved && binder.hasChanges()) {
            UnsavedChanges.confirmLeaving(page, event);
        }
    }
}
