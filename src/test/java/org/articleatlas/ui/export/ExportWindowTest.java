package org.articleatlas.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.articleatlas.export.ExportFormat;
import org.articleatlas.project.Project;
import org.articleatlas.ui.app.AtlasApplication;
import org.articleatlas.ui.app.NotificationsViewModel;
import org.articleatlas.ui.app.WindowUnderTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.NodeList;

/** File → Export map… in the real window, headless on Monocle: the dialog, then the file, then the notification. */
class ExportWindowTest {

    private AtlasApplication app;
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path folder;

    @BeforeEach
    void start() throws Exception {
        app = WindowUnderTest.start();
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    /**
     * Looks the scene graph up on the FX thread: the window keeps adding map nodes after its first
     * frame, and a lookup walking the children from the test's thread meanwhile can fail midway.
     */
    private static <T> T onFx(java.util.concurrent.Callable<T> lookup) {
        try {
            if (javafx.application.Platform.isFxApplicationThread()) {
                return lookup.call();
            }
            return WaitForAsyncUtils.asyncFx(lookup).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("looking the window up failed", e);
        }
    }

    private MenuItem exportItem() {
        MenuBar bar = onFx(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class));
        return bar.getMenus().get(0).getItems().stream().filter(i -> "menuExportMap".equals(i.getId())).findFirst()
                .orElseThrow();
    }

    private <T> T node(String id, Class<T> type) {
        return type.cast(onFx(() -> robot.lookup(n -> id.equals(n.getId())).query()));
    }

    private boolean noticed(String text) {
        return app.notices().notices().stream().map(NotificationsViewModel.Notice::message).anyMatch(m -> m.contains(text));
    }

    @Test
    void theDialogExportsThePngOfTheAskedSizeWithTheChosenPlaceAndSaysWhere() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !app.places().places().isEmpty());
        robot.interact(() -> app.places().select("landmark:kant-air-base"));
        WaitForAsyncUtils.sleep(900, TimeUnit.MILLISECONDS); // the map's flight to the base
        MenuItem item = exportItem();
        assertThat(item.getText()).isEqualTo("Export map…");
        ExportMapAction action = (ExportMapAction) item.getUserData();
        Path[] asked = new Path[1];
        action.setTargetChooser((settings, name, owner) -> {
            asked[0] = folder.resolve(name);
            return Optional.of(asked[0]);
        });

        javafx.application.Platform.runLater(item::fire); // the dialog waits for the user: not from interact()
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#exportDialog").tryQuery().isPresent()));
        TextField title = node("exportTitle", TextField.class);
        assertThat(title.getText()).isEqualTo("Places named in 2 articles");
        assertThat(node("exportSelected", CheckBox.class).isSelected()).isTrue();
        assertThat(node("exportSelected", CheckBox.class).getText()).contains("Kant");
        Button export = node("exportConfirm", Button.class);
        robot.interact(() -> node("exportWidth", TextField.class).setText("0"));
        assertThat(export.isDisabled()).as("no export at a width of 0").isTrue();
        robot.interact(() -> {
            title.setText("Kant et ses voisins");
            node("exportWidth", TextField.class).setText("640");
            node("exportHeight", TextField.class).setText("400");
        });
        assertThat(export.isDisabled()).isFalse();
        robot.interact(export::fire);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> noticed("Map exported"));
        assertThat(asked[0].getFileName().toString()).isEqualTo("Kant et ses voisins.png");
        assertThat(Files.isRegularFile(asked[0])).isTrue();
        byte[] head = Files.readAllBytes(asked[0]);
        assertThat(head).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(asked[0].toFile());
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(400);
        assertThat(app.notices().notices()).filteredOn(n -> n.message().equals("Map exported: " + asked[0]))
                .singleElement().satisfies(n -> assertThat(n.action()).map(NotificationsViewModel.Action::label)
                        .contains("Open folder"));
        assertThat(noticed("Exporting the map")).as("the notice of the export under way goes").isFalse();
        try (var left = Files.list(folder)) {
            assertThat(left).as("no temporary file left behind").containsExactly(asked[0]);
        }
    }

    @Test
    void theOpenProjectsPinAndNoteAreInTheExportedSvg() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !app.places().places().isEmpty());
        String pin = "Point de départ de la sortie";
        String note = "Ouverte en 2003, près de Bichkek.";
        ExportMapAction action = (ExportMapAction) exportItem().getUserData();
        Path target = folder.resolve("lesson.svg");
        robot.interact(() -> {
            app.teaching().project().edit(p -> p.withPin(new Project.Pin("p1", 41.31, 69.28, pin))
                    .withNote("landmark:kant-air-base", note));
            MapExportViewModel model = action.viewModel().orElseThrow();
            model.formatProperty().set(ExportFormat.SVG);
            model.widthProperty().set("1600");
            model.heightProperty().set("900");
            action.export(app.places().result().orElseThrow(), model.settings().orElseThrow(), target);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> noticed("Map exported"));
        NodeList texts = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(target.toFile())
                .getElementsByTagName("text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('\n');
        }
        assertThat(all.toString()).contains(pin, note);
    }

    @Test
    void aFolderThatIsGoneIsOneProblemNamingTheFileAndTheWindowGoesOn() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !app.places().places().isEmpty());
        ExportMapAction action = (ExportMapAction) exportItem().getUserData();
        Path target = folder.resolve("gone").resolve("carte.png");
        robot.interact(() -> {
            MapExportViewModel model = action.viewModel().orElseThrow();
            model.widthProperty().set("300");
            model.heightProperty().set("200");
            action.export(app.places().result().orElseThrow(), model.settings().orElseThrow(), target);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> noticed("could not be written"));
        assertThat(app.notices().notices()).filteredOn(NotificationsViewModel.Notice::problem)
                .extracting(NotificationsViewModel.Notice::message)
                .containsExactly(target + " could not be written: the folder does not exist");
        assertThat(Files.exists(target.getParent())).isFalse();
        assertThat(exportItem().isDisable()).isFalse();
    }
}
