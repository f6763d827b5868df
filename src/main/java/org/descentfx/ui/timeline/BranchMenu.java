package org.descentfx.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import org.descentfx.engine.Branch;
import org.descentfx.ui.plot.HoverTip;

/**
 * The branches of the run's past as a small menu ({@code #branchList}): its button names the
 * branch the runs are on; the menu lists every branch, the current one checked, and switches to
 * the one chosen; "Rename" and "Delete" list them again. The current branch is never deleted: asked
 * to, the menu says why and what to do instead. It holds no run state: {@link #show} is told the
 * branches. FX thread only.
 */
final class BranchMenu extends MenuButton {
    private final BranchVerbs verbs;
    /** What the items were last built from: ids, names and which one is current (not the heads, which move). */
    private List<List<Object>> shown = List.of();

    BranchMenu(BranchVerbs verbs) {
        this.verbs = verbs;
        setId("branchList");
        setFocusTraversable(false);
        setMaxWidth(300);
        setMinWidth(70);
        setTextOverrun(OverrunStyle.ELLIPSIS);
        HoverTip.install(this, "The branches of this run's past: choose one to go to its last step exactly as it "
                + "was, with its η and m. Every other branch is drawn faint as its ghost on the map and the chart.");
        show(List.of());
    }

    /** The branches as the newest snapshot lists them; the items are built again only when one is added, renamed or gone. */
    void show(List<Branch> branches) {
        List<List<Object>> key = branches.stream().map(b -> List.<Object>of(b.id(), b.name(), b.current())).toList();
        if (key.equals(shown)) {
            return;
        }
        shown = key;
        Branch current = branches.stream().filter(Branch::current).findFirst().orElse(null);
        setText("\u2387 " + (current == null ? "one branch" : current.name()));
        ToggleGroup group = new ToggleGroup();
        List<MenuItem> items = new ArrayList<>();
        Menu rename = new Menu("Rename");
        Menu delete = new Menu("Delete");
        for (Branch b : branches) {
            RadioMenuItem go = new RadioMenuItem(b.name() + (b.current() ? "  (current)" : ""));
            go.setId("branch" + b.id());
            go.setToggleGroup(group);
            go.setSelected(b.current());
            go.setOnAction(e -> {
                go.setSelected(true);
                verbs.switchTo().accept(b.id());
            });
            items.add(go);
            MenuItem r = new MenuItem(b.name() + "\u2026");
            r.setId("renameBranch" + b.id());
            r.setOnAction(e -> askName(b));
            rename.getItems().add(r);
            MenuItem d = new MenuItem(b.name());
            d.setId("deleteBranch" + b.id());
            d.setOnAction(e -> delete(b));
            delete.getItems().add(d);
        }
        items.add(new SeparatorMenuItem());
        items.add(rename);
        items.add(delete);
        getItems().setAll(items);
        setDisable(branches.isEmpty());
    }

    private void askName(Branch b) {
        TextInputDialog dialog = new TextInputDialog(b.name());
        dialog.setTitle("Rename the branch");
        dialog.setHeaderText("A new name for \u201c" + b.name() + "\u201d");
        dialog.getEditor().setId("branchNameField");
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.setOnHidden(e -> {
            String name = dialog.getResult();
            if (name != null && !name.isBlank()) {
                verbs.rename().accept(b.id(), name);
            }
        });
        dialog.show();
    }

    private void delete(Branch b) {
        if (verbs.delete().test(b.id())) {
            return;
        }
        Alert why = new Alert(Alert.AlertType.INFORMATION, "\u201c" + b.name() + "\u201d is the branch the run is on, "
                + "so it cannot be deleted. Switch to another branch first (this menu), then delete this one.");
        why.setTitle("Delete a branch");
        why.setHeaderText("The current branch stays");
        why.getDialogPane().setId("branchDeleteRefused");
        if (getScene() != null) {
            why.initOwner(getScene().getWindow());
        }
        why.show();
    }
}
