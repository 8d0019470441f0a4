package io.shopdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module structure (no cycles, no access to other modules' internals) and writes module docs. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(ShopDeskApplication.class);

    @Test
    void modules_depend_only_on_other_modules_published_api_and_never_in_cycles() {
        MODULES.verify();
    }

    @Test
    void module_documentation_is_written_to_the_build_folder() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
