package io.mouthpiece.ui.inspector;

import io.mouthpiece.core.motion.Interpolation;
import io.mouthpiece.core.project.MotionDials;
import io.mouthpiece.ui.inspector.InspectorPage.CharacterPage;
import io.mouthpiece.ui.inspector.InspectorPage.ClipPage;
import io.mouthpiece.ui.inspector.InspectorPage.KeyPage;
import io.mouthpiece.ui.inspector.InspectorPage.MediaPage;
import io.mouthpiece.ui.inspector.InspectorPage.ProjectPage;
import io.mouthpiece.ui.inspector.InspectorPage.TakePage;
import io.mouthpiece.ui.selection.StudioSelection;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Binds the inspector view to {@link InspectorViewModel}: chips that focus the project, a take or a character, and
 * a body of sections rebuilt when the page changes. Text commits on Enter or when the field loses focus; a dial
 * commits when the slider is released, so a drag is one undo step.
 */
public final class InspectorController {
    private final InspectorViewModel vm;
    private final StudioSelection selection;
    @FXML private Label subjectLabel;
    @FXML private FlowPane outline;
    @FXML private VBox body;
    private final Label error = new Label();

    public InspectorController(InspectorViewModel vm, StudioSelection selection) {
        this.vm = vm;
        this.selection = selection;
    }

    @FXML
    private void initialize() {
        error.getStyleClass().add("property-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        vm.outline().subscribe(this::showOutline);
        selection.focusProperty().subscribe(f -> showOutline());
        vm.pageProperty().subscribe(this::show);
    }

    private void showOutline() {
        outline.getChildren().clear();
        StudioSelection.Focus focus = selection.focusProperty().get();
        for (InspectorViewModel.Entry e : vm.outline()) {
            ToggleButton b = new ToggleButton(e.label(), new FontIcon(e.icon()));
            b.getStyleClass().add("inspector-chip");
            b.setSelected(Objects.equals(e.focus(), focus));
            b.setTooltip(new Tooltip(e.focus() instanceof StudioSelection.Focus.OfCharacter ? "Character: dials, expressions, consent"
                    : e.focus() instanceof StudioSelection.Focus.OfTake ? "Take: name, in/out, picture" : "Project settings"));
            b.setOnAction(ev -> {
                b.setSelected(true);
                vm.pick(e);
            });
            outline.getChildren().add(b);
        }
    }

    private void show(InspectorPage page) {
        if (page == null) return;
        body.getChildren().setAll(error);
        PropertySection.Builder s = new PropertySection.Builder(body);
        switch (page) {
            case ProjectPage p -> project(s, p);
            case TakePage t -> take(s, t);
            case CharacterPage c -> character(s, c);
            case ClipPage c -> clip(s, c);
            case KeyPage k -> key(s, k);
            case MediaPage m -> media(s, m);
        }
    }

    private void project(PropertySection.Builder s, ProjectPage p) {
        subjectLabel.setText("Project");
        s.section("Project", "mdi2f-folder-outline");
        TextField name = s.text(p.name(), vm::renameProject);
        name.setId("nameField");
        s.row("Name", name, "The project's name (also the default export name)");
        s.row("Format", s.value(p.format()), "Frame rate and output size");
        s.row("Characters", s.value(p.characters()), null);
        s.row("Takes", s.value(p.takes()), null);
        s.row("Folder", s.value(p.folder()), "Where the project is saved");
        ComboBox<String> bg = new ComboBox<>();
        bg.setEditable(true);
        bg.getItems().setAll(InspectorViewModel.backgroundChoices());
        bg.setValue(p.background());
        bg.setMaxWidth(Double.MAX_VALUE);
        bg.setOnAction(e -> vm.commitBackground(bg.getValue()));
        s.row("Background", bg, "Export background: keep the picture, cut the person out (transparent), or a #rrggbb colour");
    }

    private void take(PropertySection.Builder s, TakePage t) {
        subjectLabel.setText("Take");
        s.section("Take", "mdi2f-filmstrip");
        s.row("Name", s.text(t.name(), vm::renameTake), null);
        TextField length = s.text(t.duration(), vm::setTakeDuration);
        length.getStyleClass().add("mono");
        s.row("Duration", length, "Length of the take (HH:MM:SS:FF); at least as long as its dialogue");
        TextField in = s.text(t.in(), null);
        TextField out = s.text(t.out(), null);
        out.setPromptText("end of take");
        Runnable commit = () -> vm.setInOut(in.getText(), out.getText());
        PropertySection.onCommit(in, commit);
        PropertySection.onCommit(out, commit);
        in.getStyleClass().add("mono");
        out.getStyleClass().add("mono");
        s.row("In", in, "Playback and export start here (HH:MM:SS:FF)");
        s.row("Out", out, "Playback and export end here; empty = the end of the take");
        s.row("Picture", s.value(t.picture()), "The portrait or video the take animates");
        s.row("Characters", s.value(t.characters().isEmpty() ? "(none)" : String.join(", ", t.characters())), null);
    }

    private void character(PropertySection.Builder s, CharacterPage c) {
        subjectLabel.setText("Character");
        s.section("Character", "mdi2a-account-voice");
        s.row("Name", s.text(c.name(), vm::renameCharacter), null);
        s.row("Source", s.value(c.source()), "The picture the character's face comes from");
        s.row("Face", s.value(c.pose().isEmpty() ? c.face() : c.face() + "\n" + c.pose()),
                "What face analysis found, and the head's rotation in the source picture");

        s.section("Consent", "mdi2s-shield-account-outline");
        CheckBox real = new CheckBox("Likeness of a real person");
        real.setSelected(c.consent().realPerson());
        TextArea statement = new TextArea(c.consent().statement());
        statement.setPromptText("Who consented, to what (required for a real person)");
        statement.setWrapText(true);
        statement.setPrefRowCount(2);
        TextField by = s.text(c.consent().recordedBy(), null);
        by.setPromptText("your name");
        Button record = new Button("Record", new FontIcon("mdi2c-check"));
        record.getStyleClass().add("small-button");
        record.setOnAction(e -> vm.setConsent(real.isSelected(), statement.getText(), by.getText()));
        s.row("", real, "Stylised art or a fictional character: leave unticked");
        s.row("Statement", statement, "Exports carry this statement in their provenance manifest");
        record.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        HBox.setHgrow(by, javafx.scene.layout.Priority.ALWAYS);
        s.row("Recorded by", new HBox(6, by, record), "Record stores the statement with the time (UTC)");
        s.row("Recorded", s.value(c.consent().isRecorded() ? when(c.consent().recordedAt()) : "not recorded"), null);

        s.section("Motion dials", "mdi2t-tune-variant");
        if (!c.hasLane()) s.note("Analyse the take to see the dials act on the motion.");
        MotionDials d = c.dials();
        Slider mouth = s.dial(d.mouthAmplitude()), head = s.dial(d.headMotion()), brows = s.dial(d.browMotion()),
                blink = s.dial(d.blinkRate()), gaze = s.dial(d.gazeActivity()), breath = s.dial(d.breathing());
        Runnable commit = () -> vm.commitDials(new MotionDials(r2(mouth.getValue()), r2(head.getValue()),
                r2(brows.getValue()), r2(blink.getValue()), r2(gaze.getValue()), r2(breath.getValue()), d.seed()));
        s.dialRow("Mouth", mouth, commit, "How far the mouth opens and shapes while speaking (1 = natural, 0 = still)");
        s.dialRow("Head", head, commit, "Idle head motion and nods that follow the speech");
        s.dialRow("Brows", brows, commit, "Brow raises on stressed, louder words");
        s.dialRow("Blinks", blink, commit, "Blink rate (1 = about 17 per minute)");
        s.dialRow("Gaze", gaze, commit, "How often and how far the eyes dart (saccades)");
        s.dialRow("Breathing", breath, commit, "Slow breathing, stronger in pauses");
        Button shuffle = new Button("New variation", new FontIcon("mdi2d-dice-multiple-outline"));
        shuffle.getStyleClass().add("small-button");
        shuffle.setOnAction(e -> vm.commitDials(d.withSeed(new SplittableRandom().nextLong(1, Long.MAX_VALUE))));
        s.row("Seed", new HBox(8, s.mono(Long.toString(d.seed())), PropertySection.grow(), shuffle),
                "The same seed gives the same blinks, glances and head motion");

        s.section("Expression", "mdi2e-emoticon-outline");
        ComboBox<String> preset = new ComboBox<>();
        preset.getItems().setAll(c.presets());
        preset.setValue(c.presets().contains("happy") ? "happy" : c.presets().isEmpty() ? null : c.presets().getFirst());
        preset.setMaxWidth(Double.MAX_VALUE);
        preset.getStyleClass().add("preset-box");
        Button apply = new Button("Apply", new FontIcon("mdi2p-plus-box-outline"));
        apply.getStyleClass().addAll("small-button", "apply-preset");
        apply.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        apply.setTooltip(new Tooltip("Key the expression on the current take: visible on the timeline, one undo step"));
        HBox.setHgrow(preset, javafx.scene.layout.Priority.ALWAYS);
        s.row("Preset", new HBox(6, preset, apply), "A pose over brows, eyes, mouth and head, blended over the lip sync");
        TextField seconds = s.number(ExpressionBlock.SECONDS), easeIn = s.number(ExpressionBlock.EASE_IN),
                easeOut = s.number(ExpressionBlock.EASE_OUT);
        s.row("Length", PropertySection.units(seconds, "s"), "How long the expression lasts (ignored when the take has an in/out range)");
        s.row("Ease", new HBox(6, PropertySection.units(easeIn, "in"), PropertySection.units(easeOut, "out")),
                "Seconds to blend in and out (smooth S-curves)");
        Label where = new Label();
        where.textProperty().bind(vm.presetWhereProperty());
        where.getStyleClass().addAll("property-value", "mono");
        apply.setOnAction(e -> vm.applyPreset(preset.getValue(), PropertySection.parse(seconds), PropertySection.parse(easeIn),
                PropertySection.parse(easeOut)));
        s.row("Where", where, "The take's in/out range when one is set, else from the playhead");
        if (!c.takeName().isEmpty()) s.note("On take \u201c" + c.takeName() + "\u201d.");
    }

    private void clip(PropertySection.Builder s, ClipPage c) {
        subjectLabel.setText("Dialogue clip");
        s.section("Dialogue clip", "mdi2w-waveform");
        s.row("Character", s.value(c.character()), null);
        s.row("Media", s.value(c.media()), null);
        // clips: start moves the clip, end trims it (Enter or leaving the field commits; bad text snaps back)
        TextField start = s.text(c.start(), vm::setClipStart);
        start.setId("clipStartField");
        start.getStyleClass().add("mono");
        s.row("Start", start, "Where the clip starts on the take: type a timecode to move it");
        TextField end = s.text(c.end(), vm::setClipEnd);
        end.setId("clipEndField");
        end.getStyleClass().add("mono");
        s.row("End", end, "Where the clip ends: type a timecode to trim it");
        s.row("Source in", s.mono(c.sourceIn()), "Where playback starts inside the media");
        TextArea text = new TextArea(c.transcript());
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setPromptText("What is said (English): sharpens lip-sync timing at the next analysis");
        text.focusedProperty().subscribe(f -> {
            if (!f) vm.setTranscript(text.getText());
        });
        s.row("Transcript", text, "Committed when the field loses focus");
    }

    private void key(PropertySection.Builder s, KeyPage k) {
        subjectLabel.setText("Keyframe");
        s.section("Keyframe", "mdi2k-key-outline");
        s.row("Character", s.value(k.character()), null);
        s.row("Channel", s.value(k.channel().id() + "  (" + fmt(k.channel().min()) + " \u2026 " + fmt(k.channel().max()) + ")"), null);
        TextField time = s.text(k.timecode(), vm::setKeyTimecode);
        time.getStyleClass().add("mono");
        s.row("Time", new HBox(8, time, s.value("frame " + k.frame())), "Type a timecode to move the key");
        TextField value = s.text(fmt(k.value()), txt -> vm.setKeyValue(PropertySection.parse(txt)));
        s.row("Value", value, null);
        ComboBox<Interpolation> interp = new ComboBox<>();
        interp.getItems().setAll(Interpolation.values());
        interp.setValue(k.interpolation());
        interp.setMaxWidth(Double.MAX_VALUE);
        interp.setOnAction(e -> vm.setKeyInterpolation(interp.getValue()));
        s.row("Interpolation", interp, "How the curve travels to the next key: hold (step), linear, smooth (no overshoot)");
    }

    private void media(PropertySection.Builder s, MediaPage m) {
        subjectLabel.setText("Media");
        s.section("Media", "mdi2f-file-outline");
        s.row("File", s.value(m.file()), "Relative to the project folder");
        s.row("Kind", s.value(m.kind()), null);
        s.row("Size", s.value(m.size()), null);
        s.row("Duration", s.value(m.duration()), null);
        Label state = s.value(m.state());
        if (!"OK".equals(m.state())) state.getStyleClass().add("property-warning");
        s.row("State", state, null);
    }

    /** ISO instant → "2026-05-01 10:00 UTC"; anything else as stored. */
    static String when(String iso) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                    .format(java.time.Instant.parse(iso).atOffset(java.time.ZoneOffset.UTC));
        } catch (java.time.DateTimeException e) {
            return iso;
        }
    }

    private static double r2(double v) { return Math.round(v * 100) / 100.0; }

    static String fmt(double v) { return String.format(Locale.ROOT, "%.2f", v); }
}
