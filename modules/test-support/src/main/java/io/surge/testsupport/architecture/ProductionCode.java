package io.surge.testsupport.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Imports Surge's production classes only: no test classes and not this test-support library.
 */
public final class ProductionCode implements ImportOption {

    private static final ImportOption NO_TESTS = new ImportOption.DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
        return NO_TESTS.includes(location) && !location.contains("test-support")
                && !location.contains("surge-test-support");
    }
}
