package org.dispatchregister.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The house reads top-down: every feature package depends only on the packages below it, and no two
 * packages depend on each other. A new package must be given its place in {@link #ORDER}.
 */
class ArchitectureTest {

    private static final String ROOT = "org.dispatchregister";

    /** From the bottom up: each package may use the ones before it, never one after it. */
    static final List<String> ORDER = List.of("common", "web", "audit", "users", "attachments", "recipients", "lists",
            "statements", "dispatches", "mail", "reports", "dashboard", "search", "matching", "seed", "admin");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages(ROOT);
    }

    @Test
    void noCycleBetweenPackages() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyPackageDependsOnlyOnPackagesBelowIt() {
        for (int i = 0; i < ORDER.size(); i++) {
            String[] above = ORDER.subList(i + 1, ORDER.size()).stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new);
            if (above.length > 0) {
                noClasses().that().resideInAPackage(ROOT + "." + ORDER.get(i) + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(above)
                        .because(ORDER.get(i) + " sits below " + String.join(", ", ORDER.subList(i + 1, ORDER.size())))
                        .check(classes);
            }
        }
    }

    @Test
    void everyPackageHasItsPlaceInTheOrder() {
        Set<String> packages = new TreeSet<>();
        classes.forEach(c -> {
            String rest = c.getPackageName().substring(ROOT.length());
            if (rest.startsWith(".")) {
                packages.add(rest.substring(1).split("\\.")[0]);
            }
        });
        assertEquals(new TreeSet<>(ORDER), packages, "feature packages and ArchitectureTest.ORDER must match");
    }
}
