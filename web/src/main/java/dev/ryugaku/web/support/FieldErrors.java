package dev.ryugaku.web.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.core.shared.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Shows the rules core reports beside the fields they concern, in the user's language; a rule that
 * concerns no field of the form is shown as a notification.
 */
public final class FieldErrors {

    private final Component form;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private Paragraph general;

    public FieldErrors(Component form) {
        this.form = form;
    }

    /** Registers the field that shows violations of the input property {@code name}. */
    public FieldErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** Shows violations that concern no single field of the form at the top of it, not as a notification. */
    public FieldErrors general(Paragraph target) {
        this.general = target;
        target.addClassName("form-error");
        target.setVisible(false);
        return this;
    }

    public void clear() {
        if (general != null) {
            general.setText("");
            general.setVisible(false);
        }
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /**
     * Runs a save: on success returns its result; when core refuses the input, shows why beside the
     * fields and returns empty; any other refusal (concurrent edit, permission) becomes a message.
     * What the user typed stays in the form either way.
     */
    public <T> Optional<T> attempt(Supplier<T> save) {
        clear();
        try {
            return Optional.of(save.get());
        } catch (InvalidInputException invalid) {
            show(invalid.violations());
        } catch (RuntimeException refused) {
            Notifications.failure(form, refused);
        }
        return Optional.empty();
    }

    /** {@link #attempt(Supplier)} for a save with no result; true when it succeeded. */
    public boolean attempt(Runnable save) {
        return attempt(() -> {
            save.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** Marks each violated field (its first violation wins) and focuses the first of them. */
    public void show(List<Violation> violations) {
        Component first = null;
        for (Violation violation : violations) {
            HasValidation field = fields.get(violation.field());
            String message = UserMessages.of(form, violation);
            if (field == null) {
                if (general != null) {
                    general.setText(general.getText().isEmpty() ? message : general.getText() + " " + message);
                    general.setVisible(true);
                } else {
                    Notifications.error(message);
                }
                continue;
            }
            if (!field.isInvalid()) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            if (first == null && field instanceof Component component) {
                first = component;
            }
        }
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
