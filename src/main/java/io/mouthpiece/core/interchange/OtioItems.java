package io.mouthpiece.core.interchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mouthpiece.core.time.FrameRate;

import java.util.List;

import static io.mouthpiece.core.interchange.OtioJson.NODES;
import static io.mouthpiece.core.interchange.OtioJson.object;
import static io.mouthpiece.core.interchange.OtioJson.timeRange;

/**
 * The OpenTimelineIO objects the dub timeline is made of, in the schema versions that OTIO reads
 * natively up to its latest release (0.18): Clip.2 (media references by key), Marker.2 (colour as a name, which the
 * development line upgrades to Marker.3 on reading), Gap.1, Track.1, Stack.1, ExternalReference.1.
 */
final class OtioItems {
    static final String DEFAULT_MEDIA = "DEFAULT_MEDIA";

    private OtioItems() {}

    /** A clip showing {@code sourceRange} of a file whose frames {@code available} exist (both in media frames). */
    static ObjectNode clip(MediaFile media, FrameSpanAt available, FrameSpanAt sourceRange, List<ObjectNode> markers,
                           ObjectNode metadata) {
        ObjectNode ref = object("ExternalReference.1");
        ref.set("metadata", metadata(media));
        ref.put("name", media.name());
        ref.set("available_range", available.toJson());
        ref.put("target_url", media.url());

        ObjectNode clip = item("Clip.2", media.name(), metadata, sourceRange, markers);
        clip.set("media_references", NODES.objectNode().set(DEFAULT_MEDIA, ref));
        clip.put("active_media_reference_key", DEFAULT_MEDIA);
        return clip;
    }

    static ObjectNode gap(long frames, FrameRate rate) {
        return item("Gap.1", "", NODES.objectNode(), new FrameSpanAt(0, frames, rate), List.of());
    }

    static ObjectNode track(String name, String kind, List<ObjectNode> children) {
        ObjectNode track = composition("Track.1", name, children);
        track.put("kind", kind);
        return track;
    }

    static ObjectNode stack(String name, List<ObjectNode> children) { return composition("Stack.1", name, children); }

    /**
     * A Marker.2. It also carries its range under Marker.1's key {@code range}: OTIO's development line (Marker.3)
     * runs every upgrade function numbered from the file's version up, so reading a Marker.2 re-runs the 1 → 2
     * upgrade, which moves {@code range} over {@code marked_range} (left empty without it, and the file fails to
     * load). Released readers, for which Marker.2 is current, keep the extra key as an unknown field.
     */
    static ObjectNode marker(String name, String color, ObjectNode markedRange, String comment, ObjectNode metadata) {
        ObjectNode m = object("Marker.2");
        m.set("metadata", metadata);
        m.put("name", name);
        m.put("color", color);
        m.set("marked_range", markedRange);
        m.set("range", markedRange.deepCopy());
        m.put("comment", comment);
        return m;
    }

    private static ObjectNode composition(String schema, String name, List<ObjectNode> children) {
        ObjectNode c = object(schema);
        c.set("metadata", NODES.objectNode());
        c.put("name", name);
        c.putNull("source_range");
        c.set("effects", NODES.arrayNode());
        c.set("markers", NODES.arrayNode());
        c.put("enabled", true);
        c.set("children", array(children));
        return c;
    }

    private static ObjectNode item(String schema, String name, ObjectNode metadata, FrameSpanAt sourceRange, List<ObjectNode> markers) {
        ObjectNode i = object(schema);
        i.set("metadata", metadata);
        i.put("name", name);
        i.set("source_range", sourceRange.toJson());
        i.set("effects", NODES.arrayNode());
        i.set("markers", array(markers));
        i.put("enabled", true);
        return i;
    }

    /** The reel name, where known, under the key OTIO's CMX 3600 adapter reads and writes it. */
    private static ObjectNode metadata(MediaFile media) {
        ObjectNode m = NODES.objectNode();
        if (media.reel() != null) m.putObject("cmx_3600").put("reel", media.reel());
        return m;
    }

    private static ArrayNode array(List<ObjectNode> nodes) {
        ArrayNode a = NODES.arrayNode();
        nodes.forEach(a::add);
        return a;
    }

    /** {@code count} frames from media frame {@code start}, at {@code rate}: an OTIO TimeRange. */
    record FrameSpanAt(long start, long count, FrameRate rate) {
        ObjectNode toJson() { return timeRange(start, count, rate); }
    }
}
