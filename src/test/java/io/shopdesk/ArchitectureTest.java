package io.shopdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/** The confinement rules of the house style: heavy libraries and Vaadin stay in their places. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.shopdesk");

    @Test
    void vaadin_components_are_used_only_in_ui_packages_and_the_application_shell() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..")
                .and()
                .doNotHaveSimpleName("ShopDeskApplication")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vaadin.flow.component..", "com.vaadin.flow.router..")
                .check(CLASSES);
    }

    @Test
    void machine_learning_libraries_are_used_only_inside_the_engine() {
        noClasses()
                .that()
                .resideOutsideOfPackages("io.shopdesk.engine.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.deeplearning4j..", "org.nd4j..", "ai.onnxruntime..", "org.apache.lucene..", "com.hankcs..")
                .check(CLASSES);
    }

    @Test
    void jasper_reports_is_used_only_inside_reporting() {
        noClasses()
                .that()
                .resideOutsideOfPackages("io.shopdesk.reporting.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("net.sf.jasperreports..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void the_keycloak_admin_client_is_used_only_inside_security() {
        noClasses()
                .that()
                .resideOutsideOfPackages("io.shopdesk.security.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.keycloak..")
                .check(CLASSES);
    }

    @Test
    void entities_live_in_internal_packages() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .should()
                .resideInAPackage("..internal..")
                .check(CLASSES);
    }

    @Test
    void views_are_package_private() {
        classes()
                .that()
                .resideInAPackage("..ui..")
                .and()
                .areAnnotatedWith(com.vaadin.flow.router.Route.class)
                .should()
                .notBePublic()
                .check(CLASSES);
    }
}
