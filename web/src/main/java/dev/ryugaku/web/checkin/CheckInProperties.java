package dev.ryugaku.web.checkin;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * {@code ryugaku.check-ins.*}: how long a check-in lasts in calendars (a plain number means minutes,
 * {@code 45m} or {@code 1h} work too); between one minute and one day.
 */
@ConfigurationProperties("ryugaku.check-ins")
public record CheckInProperties(@DurationUnit(ChronoUnit.MINUTES) @DefaultValue("30") Duration length) {

    public CheckInProperties {
        if (length.compareTo(Duration.ofMinutes(1)) < 0 || length.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("ryugaku.check-ins.length must be between 1 minute and 1 day, not " + length);
        }
    }
}
