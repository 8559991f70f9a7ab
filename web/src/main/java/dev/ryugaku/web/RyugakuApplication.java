package dev.ryugaku.web;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import dev.ryugaku.persistence.db.EmbeddedDatabaseEarlyStart;
import dev.ryugaku.persistence.db.PersistenceConfiguration;
import dev.ryugaku.web.ops.StartupSteps;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Ryugaku: runs an SRE rotation program (SRE留学). */
@SpringBootApplication(scanBasePackages = {"dev.ryugaku.core", "dev.ryugaku.web"})
@Import(PersistenceConfiguration.class)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
public class RyugakuApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(RyugakuApplication.class);
        StartupSteps.recordInto(application, System.getProperty(StartupSteps.FILE_PROPERTY));
        application.addListeners(new EmbeddedDatabaseEarlyStart());
        application.run(args);
    }

    /** One clock for "today" everywhere, so rules never read the system time behind its back. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
