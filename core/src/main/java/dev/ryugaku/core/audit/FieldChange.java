package dev.ryugaku.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One field of a record that a change touched, with its value before and after. */
public record FieldChange(String field, String before, String after) {

    private static final String FIELD_SEPARATOR = "\t";
    private static final String LINE_SEPARATOR = "\n";

    /** Collects the fields whose values differ. */
    public static final class Collector {

        private final List<FieldChange> changes = new ArrayList<>();

        public Collector compare(String field, Object before, Object after) {
            String was = before == null ? "" : String.valueOf(before);
            String now = after == null ? "" : String.valueOf(after);
            if (!Objects.equals(was, now)) {
                changes.add(new FieldChange(field, was, now));
            }
            return this;
        }

        public List<FieldChange> changes() {
            return List.copyOf(changes);
        }
    }

    static String encode(List<FieldChange> changes) {
        StringBuilder text = new StringBuilder();
        for (FieldChange change : changes) {
            if (!text.isEmpty()) {
                text.append(LINE_SEPARATOR);
            }
            text.append(clean(change.field())).append(FIELD_SEPARATOR).append(clean(change.before()))
                    .append(FIELD_SEPARATOR).append(clean(change.after()));
        }
        return text.toString();
    }

    public static List<FieldChange> decode(String text) {
        List<FieldChange> changes = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return changes;
        }
        for (String line : text.split(LINE_SEPARATOR)) {
            String[] parts = line.split(FIELD_SEPARATOR, -1);
            changes.add(new FieldChange(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : ""));
        }
        return changes;
    }

    private static String clean(String value) {
        String flat = value.replace(FIELD_SEPARATOR, " ").replace(LINE_SEPARATOR, " ").replace("\r", " ");
        return flat.length() > 300 ? flat.substring(0, 297) + "…" : flat;
    }
}
