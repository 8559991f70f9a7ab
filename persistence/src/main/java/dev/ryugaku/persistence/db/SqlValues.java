package dev.ryugaku.persistence.db;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Reading the columns of native queries, whichever Java type the driver chose for them. */
public final class SqlValues {

    private SqlValues() {
    }

    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }

    /** Instants are stored as UTC wall-clock times (hibernate.jdbc.time_zone=UTC). */
    public static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case LocalDateTime local -> local.toInstant(ZoneOffset.UTC);
            case Timestamp timestamp -> timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
            default -> throw new IllegalArgumentException("not a time: " + value.getClass());
        };
    }

    public static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    public static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** An exact number, whichever type the driver chose (DECIMAL, BIGINT, a SUM's type …). */
    public static BigDecimal decimal(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal decimal -> decimal;
            default -> new BigDecimal(value.toString());
        };
    }

    public static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
