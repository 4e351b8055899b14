package org.articleatlas.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class NotificationsViewModelTest {

    @Test
    void onlyTheLatestFewNotificationsStandAndAClosedOneGoes() {
        NotificationsViewModel model = new NotificationsViewModel();
        for (int i = 1; i <= 6; i++) {
            model.problem("file" + i + ".txt could not be opened: not text");
        }
        NotificationsViewModel.Notice info = model.info("Layer rivers.geojson added: 3 features");

        assertThat(model.notices()).hasSize(NotificationsViewModel.MAX_SHOWN);
        assertThat(model.notices().get(0).message()).startsWith("file4.txt");
        assertThat(model.notices()).last().isEqualTo(info);
        assertThat(info.problem()).isFalse();

        model.dismiss(info);
        assertThat(model.notices()).doesNotContain(info).hasSize(NotificationsViewModel.MAX_SHOWN - 1);
    }

    @Test
    void everyInterfaceStringExistsInFrenchAndInEnglish() throws IOException {
        Properties english = load("/org/articleatlas/ui/messages.properties");
        Properties french = load("/org/articleatlas/ui/messages_fr.properties");

        assertThat(french.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = NotificationsViewModelTest.class.getResourceAsStream(resource)) {
            p.load(in);
        }
        return p;
    }
}
