package io.mouthpiece.core.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;

/**
 * OpenTimelineIO's time values as JSON nodes. OTIO keeps {@code RationalTime} as two doubles (value, rate); we
 * count in frames at the shot's own rate, so values stay whole numbers wherever the model's time falls on a frame
 * (written as JSON integers, which OTIO reads as doubles), and a rate such as 24000/1001 is written as the nearest
 * double, 23.976023976023978, exactly as OTIO itself writes it.
 */
final class OtioJson {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OtioJson() {}

    static ObjectNode object(String schema) {
        ObjectNode o = NODES.objectNode();
        o.put("OTIO_SCHEMA", schema);
        return o;
    }

    /** An exact number: a JSON integer when whole, else the nearest double. */
    static JsonNode number(Rational r) {
        return r.den() == 1 ? LongNode.valueOf(r.num()) : DoubleNode.valueOf(r.toDouble());
    }

    /** A measurement as JSON: a whole value as an integer, NaN and infinities (not measured) as null. */
    static JsonNode number(double v) {
        if (!Double.isFinite(v)) return NullNode.getInstance();
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return LongNode.valueOf((long) v);
        return DoubleNode.valueOf(v);
    }

    static ObjectNode rationalTime(Rational frames, FrameRate rate) {
        ObjectNode t = object("RationalTime.1");
        t.set("rate", number(rate.fps()));
        t.set("value", number(frames));
        return t;
    }

    static ObjectNode rationalTime(long frames, FrameRate rate) { return rationalTime(Rational.of(frames), rate); }

    static ObjectNode timeRange(Rational startFrames, Rational durationFrames, FrameRate rate) {
        ObjectNode r = object("TimeRange.1");
        r.set("duration", rationalTime(durationFrames, rate));
        r.set("start_time", rationalTime(startFrames, rate));
        return r;
    }

    static ObjectNode timeRange(long startFrame, long frameCount, FrameRate rate) {
        return timeRange(Rational.of(startFrame), Rational.of(frameCount), rate);
    }
}
