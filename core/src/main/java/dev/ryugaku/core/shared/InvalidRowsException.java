package dev.ryugaku.core.shared;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Some rows of an all-or-nothing batch broke rules; nothing was saved. Rows are numbered from 0. */
public class InvalidRowsException extends RuntimeException {

    private final Map<Integer, List<Violation>> rows;

    public InvalidRowsException(Map<Integer, List<Violation>> rows) {
        super("Invalid rows: " + rows.keySet());
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("invalid rows name at least one row");
        }
        this.rows = new TreeMap<>(rows);
    }

    /** Each invalid row's violations, by row number. */
    public Map<Integer, List<Violation>> rows() {
        return rows;
    }
}
