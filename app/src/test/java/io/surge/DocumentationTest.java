package io.surge;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the architecture documentation (C4 component diagram, one diagram and canvas per module) into
 * docs/architecture, where the build renders the diagrams to SVG. Committed, so a change to the module
 * structure shows up in review.
 */
class DocumentationTest {

    @Test
    void writeArchitectureDocumentation() {
        new Documenter(ApplicationModules.of(SurgeApplication.class),
                Documenter.Options.defaults().withOutputFolder("../docs/architecture"))
                .writeDocumentation();
    }
}
