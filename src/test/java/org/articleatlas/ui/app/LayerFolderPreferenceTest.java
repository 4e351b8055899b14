package org.articleatlas.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The remembered layer folders, on a throw-away node of the (test run's) user preferences. */
class LayerFolderPreferenceTest {

    private final String path = "/org/articleatlas/test/layer-folders-" + UUID.randomUUID();

    @AfterEach
    void removeTheNode() throws Exception {
        if (Preferences.userRoot().nodeExists(path)) {
            Preferences.userRoot().node(path).removeNode();
        }
    }

    private LayerFolderPreference preference() {
        return new LayerFolderPreference(Preferences.userRoot(), path);
    }

    @Test
    void nothingRememberedGivesAnEmptyListAndLeavesNoNode() throws Exception {
        assertThat(preference().folders()).isEmpty();
        assertThat(Preferences.userRoot().nodeExists(path)).isFalse();
    }

    @Test
    void foldersComeBackInTheOrderAddedForTheNextRun() {
        Path usb = Path.of("/media/usb/geodata");
        Path school = Path.of("/home/teacher/layers");
        Path maps = Path.of("/srv/maps");
        preference().remember(usb);
        preference().remember(school);
        preference().remember(maps);

        // A new instance reads what the last one saved, as the next run would.
        assertThat(preference().folders()).containsExactly(usb, school, maps);
    }

    @Test
    void aFolderAddedTwiceIsRememberedOnceWhereItFirstWas() {
        Path usb = Path.of("/media/usb/geodata");
        Path school = Path.of("/home/teacher/layers");
        preference().remember(usb);
        preference().remember(school);

        assertThat(preference().remember(Path.of("/media/usb/./geodata"))).containsExactly(usb, school);
        assertThat(preference().folders()).containsExactly(usb, school);
    }

    @Test
    void aRelativeFolderIsRememberedAbsoluteSoItStillMeansTheSameFromElsewhere() {
        preference().remember(Path.of("geodata-extra"));

        assertThat(preference().folders()).containsExactly(Path.of("geodata-extra").toAbsolutePath());
    }

    @Test
    void aForgottenFolderIsGoneAndTheOthersKeepTheirOrder() {
        Path a = Path.of("/a");
        Path b = Path.of("/b");
        Path c = Path.of("/c");
        preference().remember(a);
        preference().remember(b);
        preference().remember(c);

        assertThat(preference().forget(b)).containsExactly(a, c);
        assertThat(preference().folders()).containsExactly(a, c);
        assertThat(preference().forget(Path.of("/never"))).containsExactly(a, c);
    }

    @Test
    void anUnreadableNodeGivesAnEmptyListAndSavingToItThrowsNothing() throws Exception {
        Preferences gone = Preferences.userRoot().node(path);
        gone.removeNode();
        // Every read of a removed node fails (IllegalStateException): as a broken preferences store would.
        LayerFolderPreference broken = new LayerFolderPreference(gone, "layer-folders");

        assertThat(broken.folders()).isEmpty();
        assertThat(broken.remember(Path.of("/media/usb"))).containsExactly(Path.of("/media/usb"));
        assertThat(broken.folders()).isEmpty();
    }
}
