package io.mouthpiece.ui.inspector;

import io.mouthpiece.ui.testing.LiveDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.Fixtures;
import io.mouthpiece.core.edit.MotionEdits;
import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.motion.BlendMode;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.KeyframeCurve;
import io.mouthpiece.core.project.MotionDials;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.core.speech.VisemeSegment;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.service.LipsyncService;
import io.mouthpiece.ui.fx.ViewLoader;
import io.mouthpiece.ui.selection.StudioSelection;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real inspector view (FXML, controller, theme) on an analysed fixture: a character chip opens its page, dragging
 * the Mouth dial is ONE undoable edit that halves the mouth's opening, and Apply puts a keyed expression block on the
 * take.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorViewTest {
    ProjectDocument doc;
    final List<String> edits = new ArrayList<>();
    final SimpleObjectProperty<Project> project = new SimpleObjectProperty<>();
    final SimpleObjectProperty<Rational> playhead = new SimpleObjectProperty<>(Rational.of(1, 2));

    @Start
    void start(Stage stage) {
        VisemeTrack lane = new VisemeTrack(List.of(new VisemeSegment(Rational.ZERO, Rational.ONE, Viseme.SIL, 0),
                new VisemeSegment(Rational.ONE, Rational.of(2), Viseme.AA, 1),
                new VisemeSegment(Rational.of(2), Rational.of(7, 2), Viseme.SIL, 0)), Rational.of(7, 2));
        Project p = Fixtures.project();
        p = MotionEdits.setGenerated("tk-1", "act-1", LipsyncService.curves(lane, p.frameRate(), MotionDials.DEFAULT), lane).apply(p);
        doc = LiveDocument.of(p, project);
        StudioSelection selection = new StudioSelection(project);
        InspectorViewModel vm = new InspectorViewModel(selection, new SimpleObjectProperty<Path>(), playhead, (Edit e) -> {
            edits.add(e.description());
            doc.execute(e);
        }, Clock.systemUTC());
        var view = new ViewLoader(Map.of(InspectorController.class, () -> new InspectorController(vm, selection)))
                .load("/io/mouthpiece/ui/inspector/inspector.fxml", InspectorController.class);
        Scene scene = new Scene(view.root(), 340, 760);
        scene.getStylesheets().add(getClass().getResource("/io/mouthpiece/ui/theme/studio-dark.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    static <T> T fx(Callable<T> c) throws Exception { return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS); }

    double jawAt(Rational t) throws Exception {
        return fx(() -> doc.project().take("tk-1").motionOf("act-1").orElseThrow().motion().evaluate(Channel.JAW_OPEN, t));
    }

    @Test
    void dragADialThenApplyAnExpression(FxRobot robot) throws Exception {
        robot.clickOn("Ada");
        WaitForAsyncUtils.waitForFxEvents();
        Slider mouth = robot.lookup("#dial-mouth").queryAs(Slider.class);
        double jaw = jawAt(Rational.of(3, 2));

        // drag the thumb from 1.0 towards the left end in several moves: one edit when the button is released
        Node thumb = mouth.lookup(".thumb");
        Bounds track = fx(() -> mouth.localToScreen(mouth.getLayoutBounds()));
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(-10, 0).moveBy(-10, 0).moveBy(-10, 0)
                .moveTo(new javafx.geometry.Point2D(track.getMinX() + track.getWidth() / 6, track.getCenterY()))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Change Motion Dials"), edits, "a drag is one undo step");
        double amp = fx(() -> doc.project().actor("act-1").dials().mouthAmplitude());
        assertTrue(amp > 0.2 && amp < 0.8, "dragged to about a sixth of 0..3: " + amp);
        assertEquals(jaw * amp, jawAt(Rational.of(3, 2)), 0.01, "the generated jawOpen follows the dial");

        // the page was rebuilt from the project: the new slider shows the stored value
        assertEquals(amp, robot.lookup("#dial-mouth").queryAs(Slider.class).getValue(), 1e-9);

        robot.clickOn(".apply-preset");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Change Motion Dials", "Apply Expression \"happy\""), edits);
        KeyframeCurve smile = fx(() -> doc.project().take("tk-1").motionOf("act-1").orElseThrow().motion()
                .userCurve(Channel.MOUTH_SMILE_LEFT));
        assertEquals(BlendMode.ADD, smile.mode());
        assertEquals(Rational.of(1, 2), smile.keys().getFirst().time(), "starts at the playhead");
        assertEquals(Rational.of(5, 2), smile.keys().getLast().time(), "the default 2 s block");
        assertEquals(0.7, smile.evaluate(Rational.of(3, 2)), 1e-9);
    }
}
