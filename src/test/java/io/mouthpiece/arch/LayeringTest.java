package io.mouthpiece.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The layering of docs/architecture: core knows no toolkit; ui and cli are front ends nobody depends on. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.mouthpiece");
    }

    @Test
    void coreUsesOnlyTheJdkAndJackson() {
        noClasses().that().resideInAPackage("io.mouthpiece.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.bytedeco..", "ai.djl..", "ai.onnxruntime..",
                        "org.lwjgl..", "picocli..", "org.controlsfx..", "org.kordamp..", "java.awt..", "javax.swing..")
                .check(classes);
        noClasses().that().resideInAPackage("io.mouthpiece.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.mouthpiece.media..", "io.mouthpiece.audio..",
                        "io.mouthpiece.lipsync..", "io.mouthpiece.face..", "io.mouthpiece.inference..", "io.mouthpiece.render..",
                        "io.mouthpiece.export..", "io.mouthpiece.service..", "io.mouthpiece.app..", "io.mouthpiece.cli..",
                        "io.mouthpiece.ui..")
                .check(classes);
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Core").definedBy("io.mouthpiece.core..")
                .layer("Media").definedBy("io.mouthpiece.media..")
                .layer("Audio").definedBy("io.mouthpiece.audio..")
                .layer("Inference").definedBy("io.mouthpiece.inference..")
                .layer("Lipsync").definedBy("io.mouthpiece.lipsync..")
                .layer("Face").definedBy("io.mouthpiece.face..")
                .layer("Render").definedBy("io.mouthpiece.render..")
                .layer("Dub").definedBy("io.mouthpiece.dub..")
                .layer("Export").definedBy("io.mouthpiece.export..")
                .layer("Service").definedBy("io.mouthpiece.service..")
                .layer("App").definedBy("io.mouthpiece.app..")
                .layer("Cli").definedBy("io.mouthpiece.cli..")
                .layer("Ui").definedBy("io.mouthpiece.ui..")
                .whereLayer("Ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("App").mayOnlyBeAccessedByLayers("Cli", "Ui")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("App", "Cli", "Ui")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("Service", "App", "Cli", "Ui")
                .whereLayer("Dub").mayOnlyBeAccessedByLayers("Export", "Service", "App", "Cli", "Ui")
                .whereLayer("Render").mayOnlyBeAccessedByLayers("Dub", "Export", "Service", "App", "Cli", "Ui")
                .whereLayer("Face").mayOnlyBeAccessedByLayers("Render", "Dub", "Export", "Service", "App", "Cli", "Ui")
                .whereLayer("Lipsync").mayOnlyBeAccessedByLayers("Dub", "Export", "Service", "App", "Cli", "Ui")
                .whereLayer("Inference").mayOnlyBeAccessedByLayers("Face", "Lipsync", "Render", "Dub", "Export", "Service", "App", "Cli", "Ui")
                .whereLayer("Audio").mayOnlyBeAccessedByLayers("Lipsync", "Dub", "Export", "Service", "App", "Cli", "Ui")
                .whereLayer("Media").mayOnlyBeAccessedByLayers("Face", "Lipsync", "Render", "Dub", "Export", "Service", "App", "Cli", "Ui")
                .check(classes);
    }

    @Test
    void onlyTheFrontEndsTouchTheirToolkits() {
        noClasses().that().resideOutsideOfPackages("io.mouthpiece.ui..", "io.mouthpiece")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("io.mouthpiece.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("io.mouthpiece.inference..", "io.mouthpiece.face..", "io.mouthpiece.lipsync..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.djl..", "ai.onnxruntime..")
                .check(classes);
    }

    @Test
    void noSystemExitBelowMain() {
        noClasses().that().resideOutsideOfPackage("io.mouthpiece")
                .should().callMethod(System.class, "exit", int.class)
                .check(classes);
    }
}
