package run.cadence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package rules of README "Layout", checked over the compiled production classes. They are general on
 * purpose: a package added later (music, a FIT export, a planner service) is covered by every rule without being
 * named here.
 */
class PackageRulesTest {
    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("run.cadence");

    @Test
    void nothingOutsideTheCliDependsOnIt() {
        noClasses().that().resideOutsideOfPackage("run.cadence.cli..")
                .should().dependOnClassesThat().resideInAPackage("run.cadence.cli..")
                .because("commands, options and printing are the edge: everything below them is usable without"
                        + " picocli and testable without a command line")
                .check(PRODUCTION);
    }

    @Test
    void onlyAudioIoTouchesJavaSound() {
        noClasses().that().resideOutsideOfPackage("run.cadence.audio.io..")
                .should().dependOnClassesThat().resideInAPackage("javax.sound..")
                .because("the renderer stays pure and frame-exact; devices, files and decoders live in audio.io")
                .check(PRODUCTION);
    }

    @Test
    void thePlanNeverDependsOnTheStore() {
        noClasses().that().resideInAPackage("run.cadence.plan..")
                .should().dependOnClassesThat().resideInAPackage("run.cadence.store..")
                .because("the store persists the plan's records and implements its ports: store -> plan only")
                .check(PRODUCTION);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("run.cadence.(**)").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void theRootPackageHoldsSharedTypesThatNeedOnlyTheJdk() {
        classes().that().resideInAPackage("run.cadence")
                .should().onlyDependOnClassesThat().resideInAnyPackage("run.cadence", "java..")
                .because("every layer may use the root's shared types, so they may use nothing of a layer (or of a"
                        + " library): no cycle can pass through the root")
                .check(PRODUCTION);
    }
}
