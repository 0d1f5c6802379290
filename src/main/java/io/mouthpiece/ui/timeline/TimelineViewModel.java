package io.mouthpiece.ui.timeline;

import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.DialogueTrack;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.Rational;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The current take as lanes for the timeline: picture, then each character's dialogue and motion. Positions are
 * fractions of the take (for layout only; the model keeps exact time).
 */
public final class TimelineViewModel {
    public enum Lane { PICTURE, DIALOGUE, MOTION }

    /** A clip drawn from {@code start} to {@code end}, fractions of the take's duration. */
    public record Span(String label, double start, double end) {}

    public record Row(Lane lane, String name, String detail, List<Span> spans) {}

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper takeName = new ReadOnlyStringWrapper(this, "takeName", "");
    private final ReadOnlyDoubleWrapper seconds = new ReadOnlyDoubleWrapper(this, "seconds");
    private final ReadOnlyDoubleWrapper framesPerSecond = new ReadOnlyDoubleWrapper(this, "framesPerSecond", 25);

    public TimelineViewModel(ReadOnlyObjectProperty<Project> project) {
        project.subscribe(this::show);
    }

    public ObservableList<Row> rows() { return FXCollections.unmodifiableObservableList(rows); }
    public ReadOnlyStringProperty takeNameProperty() { return takeName.getReadOnlyProperty(); }
    /** The take's length in seconds, for the ruler. */
    public ReadOnlyDoubleProperty secondsProperty() { return seconds.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty framesPerSecondProperty() { return framesPerSecond.getReadOnlyProperty(); }

    private void show(Project p) {
        if (p == null || p.takes().isEmpty()) {
            rows.clear();
            takeName.set("");
            seconds.set(0);
            return;
        }
        Take take = p.takes().getFirst();
        Rational length = take.duration().max(take.contentEnd());
        takeName.set(take.name() + " \u00b7 " + p.frameRate() + " fps");
        seconds.set(length.toDouble());
        framesPerSecond.set(p.frameRate().toDouble());
        List<Row> out = new ArrayList<>();
        String picture = p.mediaById(take.pictureMediaId()).map(TimelineViewModel::fileName).orElse("no picture");
        out.add(new Row(Lane.PICTURE, "Picture", picture,
                take.pictureMediaId() == null ? List.of() : List.of(new Span(picture, 0, 1))));
        for (Actor actor : p.actors()) {
            List<Span> clips = take.dialogueOf(actor.id()).map(DialogueTrack::clips).orElse(List.of()).stream()
                    .map(c -> span(p, c, length)).toList();
            out.add(new Row(Lane.DIALOGUE, actor.name(), clips.size() + " dialogue clip" + (clips.size() == 1 ? "" : "s"), clips));
            boolean hasMotion = take.motionOf(actor.id()).isPresent();
            out.add(new Row(Lane.MOTION, "Motion", hasMotion ? "motion track" : "not analysed yet", List.of()));
        }
        rows.setAll(out);
    }

    private static Span span(Project p, AudioClip c, Rational length) {
        String label = !c.transcript().isBlank() ? c.transcript()
                : p.mediaById(c.mediaId()).map(TimelineViewModel::fileName).orElse(c.mediaId());
        double total = length.signum() == 0 ? 1 : length.toDouble();
        return new Span(label, c.range().start().toDouble() / total, c.range().end().toDouble() / total);
    }

    private static String fileName(MediaRef m) {
        return m.path().substring(m.path().lastIndexOf('/') + 1);
    }
}
