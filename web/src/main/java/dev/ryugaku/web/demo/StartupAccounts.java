package dev.ryugaku.web.demo;

import dev.ryugaku.core.people.BootstrapOwner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * On start: in demo mode, seed the demo program into an empty database; otherwise create the first
 * program owner from {@code RYUGAKU_BOOTSTRAP_OWNER_EMAIL} / {@code _PASSWORD} if none exists yet.
 */
@Component
class StartupAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupAccounts.class);

    private final DemoMode demoMode;
    private final DemoProgram demoProgram;
    private final BootstrapOwner bootstrapOwner;
    private final ApplicationStartup applicationStartup;
    private final String ownerEmail;
    private final String ownerPassword;

    StartupAccounts(DemoMode demoMode, DemoProgram demoProgram, BootstrapOwner bootstrapOwner,
                    ApplicationStartup applicationStartup,
                    @Value("${ryugaku.bootstrap-owner.email:}") String ownerEmail,
                    @Value("${ryugaku.bootstrap-owner.password:}") String ownerPassword) {
        this.demoMode = demoMode;
        this.demoProgram = demoProgram;
        this.bootstrapOwner = bootstrapOwner;
        this.applicationStartup = applicationStartup;
        this.ownerEmail = ownerEmail;
        this.ownerPassword = ownerPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.isEnabled()) {
            // a step of its own, so the startup benchmark can tell the seeding apart (a no-op unless recorded)
            StartupStep seeding = applicationStartup.start("ryugaku.demo.seed");
            boolean seeded = demoProgram.seedIfEmpty();
            seeding.tag("seeded", String.valueOf(seeded)).end();
            if (seeded) {
                log.info("Demo mode: seeded the demo program; sign in as owner, mentor or participant (password {})",
                        DemoProgram.PASSWORD);
            }
            return;
        }
        try {
            bootstrapOwner.createIfNoOwner(ownerEmail, ownerPassword);
        } catch (DataIntegrityViolationException createdByAnotherReplica) {
            // replicas starting together on an empty database: one of them created the owner first
            log.info("The first program owner was created by another replica");
        }
    }
}
