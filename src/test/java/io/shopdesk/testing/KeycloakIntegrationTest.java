package io.shopdesk.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole application in Keycloak mode (profile {@code keycloak}) against the real Keycloak of this
 * JVM ({@link KeycloakServer}), on its own database and a fixed HTTP port. All such tests share one application
 * context and one Keycloak; the demo packs are provisioned into Keycloak when the context starts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = "shopdesk.test-db.suffix=keycloak")
@ActiveProfiles("keycloak")
@ContextConfiguration(initializers = KeycloakServer.Initializer.class)
public @interface KeycloakIntegrationTest {}
