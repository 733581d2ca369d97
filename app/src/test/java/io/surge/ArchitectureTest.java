package io.surge;

import io.surge.testsupport.architecture.ProductionCode;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.surge.testsupport.architecture.SurgeArchitectureRules;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure (Spring Modulith: no cycles, only declared dependencies, only named interfaces) and the
 * hexagonal rules inside every module.
 */
@AnalyzeClasses(packages = "io.surge", importOptions = ProductionCode.class)
class ArchitectureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(SurgeApplication.class);

    @ArchTest
    static final ArchTests HEXAGONAL_RULES = ArchTests.in(SurgeArchitectureRules.class);

    @Test
    void modulesOnlyUseEachOthersEvents() {
        MODULES.verify();
    }

    @Test
    void everyModuleOfTheDesignIsThere() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder("shared", "point", "catalog", "coupon", "order", "ranking");
    }
}
