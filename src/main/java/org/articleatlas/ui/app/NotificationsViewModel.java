package org.articleatlas.ui.app;

import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the window tells the user without stopping them: a file that could not be opened, a layer
 * added, a server out of reach. The newest last; only the last few are kept on screen.
 */
public final class NotificationsViewModel {

    /** How many notifications may stand at once; older ones give way. */
    static final int MAX_SHOWN = 4;

    /** One notification; a problem stays longer on screen than news. It may offer one thing to do. */
    public record Notice(String message, boolean problem, Optional<Action> action) {

        public Notice(String message, boolean problem) {
            this(message, problem, Optional.empty());
        }
    }

    /** A button on a notification: « Open folder » under « Map exported ». */
    public record Action(String label, Runnable run) {
    }

    private final ObservableList<Notice> notices = FXCollections.observableArrayList();

    public ObservableList<Notice> notices() {
        return notices;
    }

    public Notice problem(String message) {
        return post(new Notice(message, true));
    }

    public Notice info(String message) {
        return post(new Notice(message, false));
    }

    /** News with one thing to do about it. */
    public Notice info(String message, Action action) {
        return post(new Notice(message, false, Optional.of(action)));
    }

    private Notice post(Notice notice) {
        notices.add(notice);
        while (notices.size() > MAX_SHOWN) {
            notices.remove(0);
        }
        return notice;
    }

    public void dismiss(Notice notice) {
        notices.remove(notice);
    }
}
