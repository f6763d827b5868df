package org.descentfx.ui.session;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Save session / Open session / Open recent. Files are read and written off the FX
 * thread; a file that cannot be opened shows its message and changes nothing.
 */
public final class SessionActions {
    /** The extension sessions are saved with, the one the installed package opens on double-click. */
    public static final String EXTENSION = ".descentfx";
    /** The name the save dialog offers. */
    static final String DEFAULT_NAME = "lesson" + EXTENSION;
    /** What the dialogs list: sessions saved before the extension existed were JSON, and still open. */
    static final List<String> PATTERNS = List.of("*" + EXTENSION, "*.json");

    private final Supplier<Window> owner;
    private final Supplier<Session> capture;
    private final Consumer<SessionMapper.Restored> restore;
    private final RecentFiles recent = new RecentFiles("recentSessions");
    private final SessionStatus status = new SessionStatus();
    private final Supplier<org.descentfx.engine.EngineSnapshot> latest;
    private final Consumer<String> confirm;
    private Alert lastError;

    /**
     * @param owner   the window the dialogs belong to
     * @param capture the experiment as a session, or null before there is one to save
     * @param restore replays a session that was read and checked
     * @param latest  the experiment's newest snapshot, to tell later whether it changed
     * @param confirm shows a short message that a save or an open worked
     */
    public SessionActions(Supplier<Window> owner, Supplier<Session> capture, Consumer<SessionMapper.Restored> restore,
            Supplier<org.descentfx.engine.EngineSnapshot> latest, Consumer<String> confirm) {
        this.owner = owner;
        this.latest = latest;
        this.confirm = confirm;
        this.capture = capture;
        this.restore = restore;
    }

    public void chooseAndSave() {
        Session session = capture.get();
        if (session == null) {
            return;
        }
        FileChooser chooser = chooser("Save the lesson as a session");
        chooser.setInitialFileName(DEFAULT_NAME);
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            save(withExtension(file.toPath()), session);
        }
    }

    public CompletableFuture<Void> save(Path file, Session session) {
        return CompletableFuture.runAsync(() -> {
            try {
                SessionFile.write(file, session);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }).whenComplete((v, error) -> Platform.runLater(() -> {
            if (error == null) {
                recent.add(file);
                status.saved(file, latest.get());
                confirm.accept("Saved the session as " + file.getFileName() + ".");
            } else {
                showError("Session not saved", file, rootMessage(error));
            }
        }));
    }

    public void chooseAndOpen() {
        File file = chooser("Open a saved session").showOpenDialog(owner.get());
        if (file != null) {
            open(file.toPath());
        }
    }

    /** Reads and checks {@code file} in the background, then replays it on the experiment. */
    public CompletableFuture<SessionMapper.Restored> open(Path file) {
        CompletableFuture<SessionMapper.Restored> result = CompletableFuture.supplyAsync(() -> {
            try {
                return SessionMapper.restore(String.valueOf(file.getFileName()), SessionFile.read(file));
            } catch (SessionException e) {
                throw new CompletionException(e);
            }
        });
        result.whenComplete((restored, error) -> Platform.runLater(() -> {
            if (error == null) {
                restore.accept(restored);
                recent.add(file);
                status.opened(file, restored);
                confirm.accept("Opened the session " + file.getFileName() + ".");
            } else {
                showError("Session not opened", file, rootMessage(error) + "\n\nNothing was changed.");
            }
        }));
        return result;
    }

    /** The "Open recent" menu, filled each time it opens. */
    public Menu recentMenu() {
        Menu menu = new Menu("Open recent session");
        menu.getItems().add(new MenuItem("(none yet)"));
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            for (Path p : recent.list()) {
                MenuItem item = new MenuItem(p.getFileName().toString());
                item.setOnAction(a -> open(p));
                menu.getItems().add(item);
            }
            if (menu.getItems().isEmpty()) {
                MenuItem none = new MenuItem("(none yet)");
                none.setDisable(true);
                menu.getItems().add(none);
            }
        });
        return menu;
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("DescentFX sessions", PATTERNS),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }

    /**
     * {@code file}, with {@value #EXTENSION} added when the name the user typed has no extension
     * (GTK's dialog does not add the filter's); a name with one, {@code .json} say, is kept.
     */
    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.indexOf('.', 1) < 0 ? file.resolveSibling(name + EXTENSION) : file;
    }

    private void showError(String title, Path file, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title + ": " + file.getFileName());
        alert.setContentText(message);
        alert.getDialogPane().setId("sessionErrorDialog");
        alert.getDialogPane().setMinWidth(520);
        lastError = alert;
        alert.show();
    }

    private static String rootMessage(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** The session file the window is on and whether it changed since. */
    public SessionStatus status() {
        return status;
    }

    public Alert lastError() {
        return lastError;
    }
}
