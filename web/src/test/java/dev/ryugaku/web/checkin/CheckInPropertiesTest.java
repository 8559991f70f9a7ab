package dev.ryugaku.web.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** How long a check-in lasts in calendars: minutes by default, any duration form, within reason. */
class CheckInPropertiesTest {

    private static CheckInProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("ryugaku.check-ins", CheckInProperties.class);
    }

    @Test
    void aCheckInLastsHalfAnHourUnlessConfigured() {
        assertThat(bind(Map.of()).length()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aPlainNumberMeansMinutes() {
        assertThat(bind(Map.of("ryugaku.check-ins.length", "45")).length()).isEqualTo(Duration.ofMinutes(45));
        assertThat(bind(Map.of("ryugaku.check-ins.length", "1h")).length()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aLengthOfNothingOrDaysIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("ryugaku.check-ins.length", "0"))).isInstanceOf(BindException.class);
        assertThatThrownBy(() -> bind(Map.of("ryugaku.check-ins.length", "2d"))).isInstanceOf(BindException.class);
    }
}
