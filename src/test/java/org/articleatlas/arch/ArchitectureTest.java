package org.articleatlas.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of DESIGN.md, kept by the build. */
@AnalyzeClasses(packages = "org.articleatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule javaFxOnlyInUi = noClasses()
            .that().resideOutsideOfPackage("org.articleatlas.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..")
            .because("the core and the command line must run headless, where JavaFX cannot start");

    @ArchTest
    static final ArchRule awtDrawingOnlyInRenderExportAndUi = noClasses()
            .that().resideOutsideOfPackages("org.articleatlas.render..", "org.articleatlas.export..",
                    "org.articleatlas.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt", "java.awt.image..", "java.awt.font..",
                    "javax.swing..", "javax.imageio..")
            .because("drawing belongs to render, export and ui; java.awt.geom stays allowed since GeoTools returns it");

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = slices()
            .matching("org.articleatlas.(*)..")
            .should().beFreeOfCycles()
            .because("one pass, one direction: nothing downstream reaches back upstream");

    @ArchTest
    static final ArchRule cliAndUiNeverImportEachOther = noClasses()
            .that().resideInAPackage("org.articleatlas.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.articleatlas.cli..")
            .because("the window and the command line are two faces of the same core");

    @ArchTest
    static final ArchRule cliDoesNotImportUi = noClasses()
            .that().resideInAPackage("org.articleatlas.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.articleatlas.ui..")
            .because("the window and the command line are two faces of the same core");

    @ArchTest
    static final ArchRule coreDoesNotDependOnItsFaces = noClasses()
            .that().resideOutsideOfPackages("org.articleatlas.ui..", "org.articleatlas.cli..")
            .and().doNotHaveSimpleName("Launcher")
            .should().dependOnClassesThat().resideInAnyPackage("org.articleatlas.ui..", "org.articleatlas.cli..")
            .because("the UI depends on the core, never the reverse");

    @ArchTest
    static final ArchRule projectFilesHoldNoDrawingAndNoLayers = noClasses()
            .that().resideInAPackage("org.articleatlas.project..")
            .should().dependOnClassesThat().resideInAnyPackage("org.articleatlas.render..", "org.articleatlas.export..",
                    "org.articleatlas.context..", "org.articleatlas.geodata..", "org.articleatlas.corpus..")
            .because("a project file is the teacher's notes and corrections over the geoparser's result: its model"
                    + " and Jackson, plus the geoparse result and gazetteer entries the corrections apply to");

    @ArchTest
    static final ArchRule onlyCliAndLauncherPrint = noClasses()
            .that().resideOutsideOfPackage("org.articleatlas.cli..")
            .and().doNotHaveSimpleName("Launcher")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("only the command line prints; everything else logs");
}
