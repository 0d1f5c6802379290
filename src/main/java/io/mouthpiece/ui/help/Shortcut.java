package io.mouthpiece.ui.help;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every keyboard (and mouse) shortcut of the studio, in one table: the key handlers match events against these
 * entries and the help overlay lists them, so the two cannot drift apart. Menu accelerators stay in the FXML; a test
 * checks that each of them is in this table too. Entries without keys are mouse gestures (listed, never matched).
 */
public enum Shortcut {
    // transport
    PLAY_PAUSE(Section.TRANSPORT, "Play / pause", key(KeyCode.SPACE)),
    STEP_BACK(Section.TRANSPORT, "One frame back", key(KeyCode.LEFT)),
    STEP_FORWARD(Section.TRANSPORT, "One frame forward", key(KeyCode.RIGHT)),
    HOME(Section.TRANSPORT, "Go to the take's start", key(KeyCode.HOME)),
    END(Section.TRANSPORT, "Go to the take's last frame", key(KeyCode.END)),
    SHUTTLE_BACK(Section.TRANSPORT, "Play backwards (again: 2\u00d7, 4\u00d7)", key(KeyCode.J)),
    STOP(Section.TRANSPORT, "Stop", key(KeyCode.K)),
    SHUTTLE_FORWARD(Section.TRANSPORT, "Play forwards (again: 2\u00d7, 4\u00d7)", key(KeyCode.L)),
    LOOP(Section.TRANSPORT, "Loop playback between in and out", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN)),
    COMPARE(Section.TRANSPORT, "A/B: show the untouched source", key(KeyCode.BACK_SLASH)),
    SCRUB(Section.TRANSPORT, "Scrub with sound", "Drag on the ruler"),

    // viewer: face-rig editing
    RIG_EDIT(Section.VIEWER, "Face-rig edit mode on / off", key(KeyCode.R)),
    FRAME_FACE(Section.VIEWER, "Zoom onto the face (rig edit mode)", key(KeyCode.F)),
    LEAVE_RIG_EDIT(Section.VIEWER, "Cancel the drag, else leave rig edit mode", key(KeyCode.ESCAPE)),
    RIG_MOVE_POINT(Section.VIEWER, "Move a rig point", "Drag it (rig edit mode)"),
    RIG_MOVE_GROUP(Section.VIEWER, "Move its whole group (lips, eyes, brows, jaw)", "Shift+drag a point"),

    // in/out and markers
    MARK_IN(Section.MARKS, "Set the in point at the playhead", key(KeyCode.I)),
    MARK_OUT(Section.MARKS, "Set the out point at the playhead", key(KeyCode.O)),
    CLEAR_IN(Section.MARKS, "Clear the in point", new KeyCodeCombination(KeyCode.I, KeyCombination.ALT_DOWN)),
    CLEAR_OUT(Section.MARKS, "Clear the out point", new KeyCodeCombination(KeyCode.O, KeyCombination.ALT_DOWN)),
    ADD_MARKER(Section.MARKS, "Add a marker at the playhead", key(KeyCode.M)),
    PREVIOUS_MARKER(Section.MARKS, "Go to the previous marker", new KeyCodeCombination(KeyCode.UP, KeyCombination.SHIFT_DOWN)),
    NEXT_MARKER(Section.MARKS, "Go to the next marker", new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHIFT_DOWN)),
    RENAME_MARKER(Section.MARKS, "Rename a marker", "Double-click it"),
    MOVE_MARKER(Section.MARKS, "Move a marker (whole frames)", "Drag its flag on the ruler"),

    // timeline editing
    DELETE(Section.TIMELINE, "Delete the selected keys, marker or dialogue clip", key(KeyCode.DELETE), key(KeyCode.BACK_SPACE)),
    NUDGE_LEFT(Section.TIMELINE, "Nudge the selected keys a frame earlier", new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN)),
    NUDGE_RIGHT(Section.TIMELINE, "Nudge the selected keys a frame later", new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN)),
    COPY(Section.TIMELINE, "Copy the selected keys", new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN)),
    PASTE(Section.TIMELINE, "Paste the keys at the playhead", new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN)),
    KEY_AT_PLAYHEAD(Section.TIMELINE, "Key the selected lane at the playhead", new KeyCodeCombination(KeyCode.K, KeyCombination.SHIFT_DOWN)),
    SNAP(Section.TIMELINE, "Snapping to playhead, markers, in/out, keys and clip edges", key(KeyCode.S)),
    ADD_KEY(Section.TIMELINE, "Add a key", "Double-click a lane"),
    SELECT_MORE(Section.TIMELINE, "Select more keys", "Shift+click"),
    RUBBER_BAND(Section.TIMELINE, "Select the keys in a box", "Drag on empty lane space"),
    MOVE_KEYS(Section.TIMELINE, "Move all the selected keys (value: the grabbed key only)", "Drag one of them"),
    MOVE_CLIP(Section.TIMELINE, "Move a dialogue clip (stops at its neighbours)", "Drag the clip"),
    TRIM_CLIP(Section.TIMELINE, "Trim a dialogue clip", "Drag its left or right edge"),
    SEEK_LANE(Section.TIMELINE, "Put the playhead on a frame", "Click empty lane space"),
    ZOOM(Section.TIMELINE, "Zoom around the pointer", "Ctrl+wheel"),
    SCROLL(Section.TIMELINE, "Scroll sideways", "Shift+wheel"),

    // file, edit, take
    NEW(Section.FILE, "New project", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN)),
    OPEN(Section.FILE, "Open a project", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN)),
    SAVE(Section.FILE, "Save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN)),
    SAVE_AS(Section.FILE, "Save as", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    IMPORT(Section.FILE, "Import media (or drop files on the window)", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN)),
    EXPORT(Section.FILE, "Export the take", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN)),
    RENDER_QUEUE(Section.FILE, "Show the render queue", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    ANALYSE(Section.FILE, "Analyse the take", new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    QUIT(Section.FILE, "Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN)),
    UNDO(Section.EDIT, "Undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN)),
    REDO(Section.EDIT, "Redo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN)),
    HELP(Section.EDIT, "This list of shortcuts (Esc closes it)", "?", key(KeyCode.F1));

    /** Where an entry is listed. */
    public enum Section {
        TRANSPORT("Transport"), VIEWER("Viewer"), MARKS("In / out and markers"), TIMELINE("Timeline editing"), FILE("File and take"),
        EDIT("Edit and help");

        private final String title;

        Section(String title) { this.title = title; }

        public String title() { return title; }
    }

    private final Section section;
    private final String description;
    private final List<KeyCombination> keys;
    private final String gesture;
    /** A typed character that also triggers it ("?" depends on the layout, so it is matched on KEY_TYPED). */
    private final String typed;

    Shortcut(Section section, String description, KeyCombination... keys) {
        this(section, description, null, keys);
    }

    Shortcut(Section section, String description, String typed, KeyCombination... keys) {
        this.section = section;
        this.description = description;
        this.keys = List.of(keys);
        this.gesture = null;
        this.typed = typed;
    }

    Shortcut(Section section, String description, String gesture) {
        this.section = section;
        this.description = description;
        this.keys = List.of();
        this.gesture = gesture;
        this.typed = null;
    }

    private static KeyCombination key(KeyCode code) { return new KeyCodeCombination(code); }

    public Section section() { return section; }
    public String description() { return description; }
    public List<KeyCombination> keys() { return keys; }

    /** True when {@code e} (a KEY_PRESSED event) is one of this entry's keys, with exactly its modifiers. */
    public boolean matches(KeyEvent e) {
        for (KeyCombination k : keys) if (k.match(e)) return true;
        return false;
    }

    /** True when {@code e} (a KEY_TYPED event) types this entry's character. */
    public boolean matchesTyped(KeyEvent e) {
        return typed != null && typed.equals(e.getCharacter()) && !e.isShortcutDown() && !e.isAltDown();
    }

    /** What the overlay shows in the key column: "Ctrl+L", "Delete / Backspace", or the mouse gesture. */
    public String keysText() {
        if (gesture != null) return gesture;
        String k = keys.stream().map(Shortcut::display).collect(Collectors.joining("  /  "));
        return typed == null ? k : k + "  /  " + typed;
    }

    private static String display(KeyCombination k) {
        if (k instanceof KeyCodeCombination c && c.getCode() == KeyCode.SPACE && k.getShift() == KeyCombination.ModifierValue.UP) return "Space";
        return k.getDisplayText();
    }

    /** The entries of one section, in table order. */
    public static List<Shortcut> in(Section s) {
        return Arrays.stream(values()).filter(x -> x.section == s).toList();
    }
}
