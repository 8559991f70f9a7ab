package dev.ryugaku.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port and the test database, seeded with the demo program. One
 * Spring context, cached for the test JVM, serves browserless view tests, HTTP tests and browser
 * journeys alike: each further context costs a start-up (Vaadin, Hibernate, the demo data), so
 * {@code TestContextsTest} refuses tests that would quietly make one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = RyugakuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface RyugakuTest {
}
