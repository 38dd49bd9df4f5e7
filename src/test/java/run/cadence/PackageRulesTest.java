package run.cadence;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The package rules of README "Layout", checked over the compiled production classes, exactly as the README lists
 * them. They are general on purpose: a package added later (a planner service, an export format) is held to every
 * rule without being named here, and each library is allowed in one package, wherever else it might creep in.
 */
class PackageRulesTest {
    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("run.cadence");

    /** Not one of ours (the JDK, a library), or in one of {@code packages} (ArchUnit patterns). */
    static DescribedPredicate<JavaClass> foreignOr(String... packages) {
        return resideOutsideOfPackage("run.cadence..").or(resideInAnyPackage(packages));
    }

    @Test
    void nothingOutsideTheCliDependsOnIt() {
        noClasses().that().resideOutsideOfPackage("run.cadence.cli..")
                .should().dependOnClassesThat().resideInAPackage("run.cadence.cli..")
                .because("commands, options and printing are the edge: everything below them is usable without"
                        + " picocli and testable without a command line")
                .check(PRODUCTION);
    }

    @Test
    void picocliAndJlineOnlyInTheCli() {
        noClasses().that().resideOutsideOfPackage("run.cadence.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.jline..")
                .because("options are parsed and keys read at the edge; lower layers take values")
                .check(PRODUCTION);
    }

    @Test
    void sqliteOnlyInTheStore() {
        noClasses().that().resideOutsideOfPackage("run.cadence.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sqlite..", "java.sql..")
                .because("the store owns the history's SQL and implements the planner's ports")
                .check(PRODUCTION);
    }

    @Test
    void onlyAudioIoTouchesJavaSoundOrNativeCode() {
        noClasses().that().resideOutsideOfPackage("run.cadence.audio.io..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.sound..", "com.sun.jna..")
                .because("the renderer stays pure and frame-exact; devices, files and decoders live in audio.io")
                .check(PRODUCTION);
    }

    @Test
    void theRendererIsPure() {
        classes().that().resideInAPackage("run.cadence.audio")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "run.cadence", "run.cadence.audio")
                .because("audio is the pure renderer: the JDK, its own types and the root's values, nothing else")
                .check(PRODUCTION);
    }

    @Test
    void audioIoDependsOnlyOnAudioAndSharedTypes() {
        classes().that().resideInAPackage("run.cadence.audio.io..")
                .should().onlyDependOnClassesThat(foreignOr("run.cadence", "run.cadence.files",
                        "run.cadence.audio", "run.cadence.audio.io.."))
                .because("devices, sinks and decoders serve the renderer and know nothing of sessions or plans")
                .check(PRODUCTION);
    }

    @Test
    void sessionsDependOnlyOnSharedTypes() {
        classes().that().resideInAPackage("run.cadence.session..")
                .should().onlyDependOnClassesThat(foreignOr("run.cadence", "run.cadence.session.."))
                .because("a workout and its timeline are plain values that playback, the planner and the watch"
                        + " export all build on")
                .check(PRODUCTION);
    }

    @Test
    void thePlanKnowsNoPlaybackAudioOrStore() {
        noClasses().that().resideInAPackage("run.cadence.plan..")
                .should().dependOnClassesThat().resideInAnyPackage("run.cadence.play..", "run.cadence.audio..",
                        "run.cadence.store..")
                .because("the planner decides; playback and the store implement its ports (store -> plan only)")
                .check(PRODUCTION);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("run.cadence.(**)").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void theRootPackageDependsOnlyOnTheJdk() {
        classes().that().resideInAPackage("run.cadence")
                .should().onlyDependOnClassesThat().resideInAnyPackage("run.cadence", "java..")
                .because("every layer may use the root's shared types, so they may use nothing of a layer (or of a"
                        + " library): no cycle can pass through the root")
                .check(PRODUCTION);
    }

    /**
     * The two formatters every layer shares, so a number or a duration reads the same everywhere: the only root types
     * that are not values.
     */
    static final Set<String> ROOT_FORMATTERS = Set.of("run.cadence.DurationText", "run.cadence.NumberText");

    @Test
    void theRootPackageHoldsOnlySharedValueTypes() {
        rootHoldsOnlyValues().check(PRODUCTION);
    }

    /** The rule above fails for a registry with a shutdown hook in the root, as PartialFiles once was. */
    @Test
    void theRootRuleRefusesAServiceClass() {
        JavaClasses withService = new ClassFileImporter().importClasses(Cadence.class, Registry.class);
        assertEquals(1, rootHoldsOnlyValues().evaluate(withService).getFailureReport().getDetails().size());
    }

    private static ArchRule rootHoldsOnlyValues() {
        return classes().that().resideInAPackage("run.cadence").and().areNotAnonymousClasses()
                .should(new ArchCondition<>("be a record, an enum, a sealed interface, an exception or one of "
                        + ROOT_FORMATTERS) {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        Class<?> type = c.reflect();
                        boolean value = type.isRecord() || type.isEnum() || (type.isInterface() && type.isSealed())
                                || Throwable.class.isAssignableFrom(type) || ROOT_FORMATTERS.contains(c.getName());
                        if (!value) {
                            events.add(SimpleConditionEvent.violated(c, c.getName()
                                    + " is no shared value type: move it to the package that uses it"));
                        }
                    }
                })
                .because("the root is shared by every layer: values only, no services, registries or state");
    }

    /** Stands in for a service class in the root package (it is a test class, so never in PRODUCTION). */
    static final class Registry {
        static final List<Object> OPEN = new java.util.ArrayList<>();
    }
}
