package io.mouthpiece.core.interchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mouthpiece.core.interchange.OtioItems.FrameSpanAt;
import io.mouthpiece.core.persist.AtomicFiles;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.mouthpiece.core.interchange.OtioJson.NODES;
import static io.mouthpiece.core.interchange.OtioJson.number;

/**
 * Writes a dubbed shot as an OpenTimelineIO timeline (.otio JSON). The timeline starts at the shot's start timecode
 * and stacks, bottom to top: the source shot ("Source", V1), the rendered dub ("Dub", V2, after a gap when the output
 * begins later than the shot) carrying one marker per line — green when the line passed, red when flagged, with its
 * sync score under {@code metadata.mouthpiece} — and, when given, the dub audio ("Dub audio", an Audio track).
 * Clip times are media times: frames since 00:00:00:00 of the file's timecode, so a clip's range reads as its
 * timecode. A line with no frame in the output gets no marker (it stays in the timeline's metadata).
 */
public final class OtioWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OtioWriter() {}

    /** Writes {@code shot} to {@code target} through a temporary file, so the target is never half written. */
    public static void write(DubbedShot shot, Path target) throws IOException {
        AtomicFiles.writeString(target, toJson(shot));
    }

    public static String toJson(DubbedShot shot) {
        try {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            pretty.indentArraysWith(new DefaultIndenter("    ", "\n"));
            pretty.indentObjectsWith(new DefaultIndenter("    ", "\n"));
            return JSON.writer(pretty).writeValueAsString(timeline(shot)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of plain nodes always serialises", e);
        }
    }

    static ObjectNode timeline(DubbedShot shot) {
        SourceShot src = shot.source();
        FrameRate rate = src.rate();
        List<ObjectNode> tracks = new ArrayList<>();

        FrameSpanAt whole = new FrameSpanAt(src.startFrame(), src.frameCount(), rate);
        tracks.add(OtioItems.track("Source", "Video", List.of(OtioItems.clip(src.media(), whole, whole, List.of(), NODES.objectNode()))));

        FrameSpan out = shot.outputSpan();
        FrameSpanAt outRange = new FrameSpanAt(src.startFrame() + out.start(), out.count(), rate);
        ObjectNode dubClip = OtioItems.clip(shot.output(), outRange, outRange, markers(shot), NODES.objectNode());
        tracks.add(OtioItems.track("Dub", "Video", placed(out, dubClip, rate)));

        if (shot.dubAudio() != null) {
            FrameSpan at = shot.dubAudio().span();
            FrameSpanAt audioRange = new FrameSpanAt(0, at.count(), rate);
            ObjectNode audio = OtioItems.clip(shot.dubAudio().media(), audioRange, audioRange, List.of(), NODES.objectNode());
            tracks.add(OtioItems.track("Dub audio", "Audio", placed(at, audio, rate)));
        }

        ObjectNode timeline = OtioJson.object("Timeline.1");
        ObjectNode metadata = NODES.objectNode();
        metadata.set("mouthpiece", shotMetadata(shot));
        timeline.set("metadata", metadata);
        timeline.put("name", shot.name());
        timeline.set("global_start_time", OtioJson.rationalTime(src.startFrame(), rate));
        timeline.set("tracks", OtioItems.stack(shot.name(), tracks));
        return timeline;
    }

    /** A clip preceded by a gap when it starts after the shot's first frame. */
    private static List<ObjectNode> placed(FrameSpan at, ObjectNode clip, FrameRate rate) {
        return at.start() == 0 ? List.of(clip) : List.of(OtioItems.gap(at.start(), rate), clip);
    }

    private static List<ObjectNode> markers(DubbedShot shot) {
        FrameRate rate = shot.source().rate();
        Rational outStart = rate.timeOf(shot.outputSpan().start());
        Rational outEnd = rate.timeOf(shot.outputSpan().end());
        Rational startFrame = Rational.of(shot.source().startFrame());
        List<ObjectNode> markers = new ArrayList<>();
        for (DubLine line : shot.lines()) {
            if (!line.start().isBefore(outEnd) || !line.end().isAfter(outStart)) continue;
            Rational inFrames = line.start().multiply(rate.fps()).add(startFrame);
            Rational lengthFrames = line.end().subtract(line.start()).multiply(rate.fps());
            ObjectNode metadata = NODES.objectNode();
            metadata.set("mouthpiece", lineMetadata(line));
            markers.add(OtioItems.marker(line.name(), line.flagged() ? "RED" : "GREEN",
                    OtioJson.timeRange(inFrames, lengthFrames, rate), line.summary(), metadata));
        }
        return markers;
    }

    /** The line's score as the CLI's report writes it (seconds, offset in frames), plus its exact times. */
    static ObjectNode lineMetadata(DubLine line) {
        ObjectNode m = NODES.objectNode();
        m.put("line", line.name());
        m.put("start", line.start().toDouble());
        m.put("end", line.end().toDouble());
        m.put("start_exact", line.start().toString());
        m.put("end_exact", line.end().toString());
        m.set("offset_frames", number(line.offsetFrames()));
        m.set("confidence", number(line.confidence()));
        m.set("leak", number(line.leak()));
        ArrayNode flags = m.putArray("flags");
        line.flags().forEach(flags::add);
        return m;
    }

    private static ObjectNode shotMetadata(DubbedShot shot) {
        SourceShot src = shot.source();
        ObjectNode m = NODES.objectNode();
        m.put("source", src.media().url());
        m.put("rate", src.rate().toString());
        m.put("start_timecode", src.timecode(0));
        m.put("drop_frame", src.dropFrame());
        m.put("frame_count", src.frameCount());
        m.put("output", shot.output().url());
        m.set("output_frames", span(shot.outputSpan(), src));
        ArrayNode rendered = m.putArray("rendered_ranges");
        shot.renderedRanges().forEach(r -> rendered.add(span(r, src)));
        ArrayNode lines = m.putArray("lines");
        shot.lines().forEach(l -> lines.add(lineMetadata(l)));
        return m;
    }

    /** Shot frames [start, end) with their timecodes (out = the first frame after, as in an EDL). */
    private static ObjectNode span(FrameSpan s, SourceShot src) {
        ObjectNode o = NODES.objectNode();
        o.put("start", s.start());
        o.put("end", s.end());
        o.put("in", src.timecode(s.start()));
        o.put("out", src.timecode(s.end()));
        return o;
    }
}
