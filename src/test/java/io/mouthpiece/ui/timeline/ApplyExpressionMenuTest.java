package io.mouthpiece.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.edit.ActorEdits;
import io.mouthpiece.core.edit.Fixtures;
import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.ExpressionPreset;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.ui.inspector.ExpressionBlock;
import io.mouthpiece.ui.inspector.InspectorViewModel;
import io.mouthpiece.ui.selection.StudioSelection;
import io.mouthpiece.ui.selection.StudioSelection.Focus;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/**
 * Take → Apply Expression through {@link TakesViewModel}: it works on the focused character (else the first), lists
 * that character's presets, and keys exactly what the inspector's Apply keys with its starting lengths.
 */
class ApplyExpressionMenuTest {
    final ProjectDocument doc = new ProjectDocument(
            ActorEdits.add(new Actor("act-2", "Bea", "med-img")).apply(Fixtures.project()), null);
    final Project start = doc.project();
    final SimpleObjectProperty<Project> project = new SimpleObjectProperty<>(doc.project());
    final StudioSelection selection = new StudioSelection(project);
    final SimpleObjectProperty<Rational> playhead = new SimpleObjectProperty<>(Rational.ONE);
    final TakesViewModel takes = new TakesViewModel(selection, doc::execute);
    final InspectorViewModel inspector = new InspectorViewModel(selection, new SimpleObjectProperty<Path>(), playhead,
            doc::execute, Clock.systemUTC());

    { doc.addListener(() -> project.set(doc.project())); }

    double at(String actor, Channel c, Rational t) {
        return doc.project().take("tk-1").motionOf(actor).map(m -> m.motion().evaluate(c, t)).orElse(c.defaultValue());
    }

    @Test
    void theFocusedCharacterElseTheFirstAndItsPresets() {
        assertEquals("act-1", takes.expressionActor().orElseThrow().id(), "nothing focused: the first character");
        selection.focus(new Focus.OfCharacter("act-2"));
        assertEquals("act-2", takes.expressionActor().orElseThrow().id());
        selection.focus(new Focus.OfKey("act-2", Channel.JAW_OPEN, Rational.ONE));
        assertEquals("act-2", takes.expressionActor().orElseThrow().id());
        selection.focus(new Focus.OfClip("clp-1")); // Ada's line
        assertEquals("act-1", takes.expressionActor().orElseThrow().id());
        assertEquals(ExpressionPreset.available(doc.project().actor("act-1")).stream().map(ExpressionPreset::name).toList(),
                takes.expressions());
        assertTrue(takes.expressions().contains("happy"));
        assertEquals("At playhead 00:00:01:00", takes.expressionWhere(Rational.ONE).orElseThrow());
        assertTrue(takes.expressionWhere(Rational.of(7, 2)).isEmpty(), "no room at the end of the take");
        assertFalse(takes.applyExpression("happy", Rational.of(7, 2)));
        assertFalse(takes.applyExpression("no such face", Rational.ONE));
        assertEquals(start, doc.project());
    }

    @Test
    void theMenuKeysExactlyWhatTheInspectorsApplyKeys() {
        selection.focus(new Focus.OfCharacter("act-2"));
        inspector.applyPreset("happy", ExpressionBlock.SECONDS, ExpressionBlock.EASE_IN, ExpressionBlock.EASE_OUT);
        Project byInspector = doc.project();
        assertNotEquals(start, byInspector);
        doc.undo();
        assertEquals(start, doc.project());

        assertTrue(takes.applyExpression("happy", playhead.get()));
        assertEquals(byInspector, doc.project(), "the same keys on the same character");
        assertEquals("Apply Expression \"happy\"", doc.undoDescription().orElseThrow());
        Rational mid = Rational.of(3, 2);
        assertTrue(at("act-2", Channel.MOUTH_SMILE_LEFT, mid) > 0.3, "Bea smiles inside the block");
        assertEquals(Channel.MOUTH_SMILE_LEFT.defaultValue(), at("act-1", Channel.MOUTH_SMILE_LEFT, mid), 1e-9, "Ada does not");
        doc.undo();
        assertEquals(start, doc.project(), "one undo step");

        // with an in/out range the block covers it, as in the inspector
        doc.execute(TakeEdits.setInOut("tk-1", Rational.of(1, 2), Rational.of(3, 2)));
        assertEquals("In/out 00:00:00:12 \u2013 00:00:01:12", takes.expressionWhere(Rational.of(2)).orElseThrow());
        assertTrue(takes.applyExpression("happy", Rational.of(2)));
        var smile = doc.project().take("tk-1").motionOf("act-2").orElseThrow().motion().userCurve(Channel.MOUTH_SMILE_LEFT);
        assertEquals(List.of(Rational.of(1, 2), Rational.of(3, 2)), List.of(smile.keys().getFirst().time(), smile.keys().getLast().time()));
    }
}
