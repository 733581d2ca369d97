package io.surge;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.modulith.Modulithic;

/**
 * The bootstrap {@code @ApplicationModuleTest}s of a single module find by walking up to {@code io.surge}:
 * a module's test classpath has no {@code SurgeApplication}. Where the real application is present (the app's
 * own tests) this class stands down, so it is never configured twice.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@ConditionalOnMissingClass("io.surge.SurgeApplication")
public class ModuleTestApplication {
}
