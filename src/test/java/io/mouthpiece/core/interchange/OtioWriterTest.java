package io.mouthpiece.core.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mouthpiece.core.interchange.DubbedShot.PlacedMedia;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.mouthpiece.core.interchange.Cmx3600WriterTest.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OtioWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static DubbedShot shot(FrameRate rate, String startTc) {
        SourceShot src = SourceShot.of(new MediaFile(Path.of("/media/A001C003.mov"), "A001C003"), rate, startTc, 480);
        return DubbedShot.wholeShot("sc12 FR", src, MediaFile.of(Path.of("/media/A001C003 dub.mov")),
                List.of(new FrameSpan(10, 60)), new PlacedMedia(MediaFile.of(Path.of("/media/fr.wav")), new FrameSpan(12, 300)),
                List.of(line("Bonjour.", 15, 40, rate, 0, 0.62, 0.05),
                        line("Ça va ?", 210, 120, rate, 3, 0.12, 0.3, "offset", "low-confidence")));
    }

    static JsonNode read(DubbedShot shot) throws IOException { return JSON.readTree(OtioWriter.toJson(shot)); }

    /** Rate as written, start timecode, its frame count since 00:00:00:00. */
    @ParameterizedTest
    @CsvSource({
            "24000/1001, 01:00:00:00, 23.976023976023978, 86400",
            "24,         01:00:00:00, 24,                 86400",
            "25,         10:00:00:00, 25,                 900000",
            "30000/1001, 01:00:00;00, 29.97002997002997,  107892",
            "30000/1001, 01:00:00:00, 29.97002997002997,  108000",
            "60000/1001, 00:10:00;00, 59.94005994005994,  35964"})
    void timesAreWholeFramesAtTheShotsRate(String fps, String startTc, String rateText, long startFrame) throws IOException {
        DubbedShot shot = shot(FrameRate.parse(fps), startTc);
        String text = OtioWriter.toJson(shot);
        JsonNode t = JSON.readTree(text);
        double rate = FrameRate.parse(fps).toDouble();

        assertTrue(text.contains("\"rate\": " + rateText + ",\n"), "rate written as OTIO writes it: " + rateText);
        assertTime(t.get("global_start_time"), rate, startFrame);
        JsonNode tracks = t.at("/tracks/children");
        assertEquals(3, tracks.size());

        JsonNode source = tracks.get(0).at("/children/0");
        assertRange(source.get("source_range"), rate, startFrame, 480);
        assertRange(source.at("/media_references/DEFAULT_MEDIA/available_range"), rate, startFrame, 480);

        JsonNode dub = tracks.get(1).at("/children/0");
        assertRange(dub.get("source_range"), rate, startFrame, 480);
        JsonNode markers = dub.get("markers");
        assertEquals(2, markers.size());
        assertRange(markers.get(0).get("marked_range"), rate, startFrame + 15, 40);
        assertRange(markers.get(1).get("marked_range"), rate, startFrame + 210, 120);

        JsonNode audio = tracks.get(2).get("children");
        assertRange(audio.get(0).get("source_range"), rate, 0, 12);
        assertRange(audio.get(1).get("source_range"), rate, 0, 288);
        assertEquals(startTc, t.at("/metadata/mouthpiece/start_timecode").asText());
        assertEquals(startTc.contains(";"), t.at("/metadata/mouthpiece/drop_frame").asBoolean());
    }

    @Test
    void structureFollowsTheOtioSchema() throws IOException {
        JsonNode t = read(shot(FrameRate.NTSC_FILM, "01:00:00:00"));
        assertEquals("Timeline.1", t.get("OTIO_SCHEMA").asText());
        assertEquals("sc12 FR", t.get("name").asText());
        JsonNode stack = t.get("tracks");
        assertEquals("Stack.1", stack.get("OTIO_SCHEMA").asText());
        assertTrue(stack.get("source_range").isNull());
        List<String> tracks = stack.get("children").valueStream()
                .map(k -> k.get("OTIO_SCHEMA").asText() + " " + k.get("kind").asText() + " " + k.get("name").asText()).toList();
        assertEquals(List.of("Track.1 Video Source", "Track.1 Video Dub", "Track.1 Audio Dub audio"), tracks);

        JsonNode source = stack.at("/children/0/children/0");
        assertEquals("Clip.2", source.get("OTIO_SCHEMA").asText());
        assertEquals("A001C003.mov", source.get("name").asText());
        assertEquals("DEFAULT_MEDIA", source.get("active_media_reference_key").asText());
        JsonNode ref = source.at("/media_references/DEFAULT_MEDIA");
        assertEquals("ExternalReference.1", ref.get("OTIO_SCHEMA").asText());
        assertEquals("file:///media/A001C003.mov", ref.get("target_url").asText());
        assertEquals("A001C003", ref.at("/metadata/cmx_3600/reel").asText());

        JsonNode dubRef = stack.at("/children/1/children/0/media_references/DEFAULT_MEDIA");
        assertEquals("file:///media/A001C003%20dub.mov", dubRef.get("target_url").asText());
        assertFalse(dubRef.get("metadata").has("cmx_3600"), "no reel invented for the dub");

        JsonNode audio = stack.at("/children/2/children");
        assertEquals("Gap.1", audio.get(0).get("OTIO_SCHEMA").asText());
        assertEquals("file:///media/fr.wav", audio.at("/1/media_references/DEFAULT_MEDIA/target_url").asText());
        for (JsonNode item : List.of(source, audio.get(0), audio.get(1))) {
            assertTrue(item.get("enabled").asBoolean());
            assertTrue(item.get("effects").isArray());
            assertTrue(item.get("markers").isArray());
        }
    }

    @Test
    void aMarkerPerLineCarriesItsSyncScore() throws IOException {
        JsonNode markers = read(shot(FrameRate.FPS_25, "10:00:00:00")).at("/tracks/children/1/children/0/markers");
        JsonNode ok = markers.get(0);
        assertEquals("Marker.2", ok.get("OTIO_SCHEMA").asText());
        assertEquals(ok.get("marked_range"), ok.get("range"), "Marker.1's key too, for OTIO's development reader");
        assertEquals("Bonjour.", ok.get("name").asText());
        assertEquals("GREEN", ok.get("color").asText());
        assertEquals("offset +0 f, confidence 0.62, leak 0.05", ok.get("comment").asText());
        JsonNode score = ok.at("/metadata/mouthpiece");
        assertEquals(0.6, score.get("start").asDouble());
        assertEquals(2.2, score.get("end").asDouble());
        assertEquals("3/5", score.get("start_exact").asText());
        assertEquals("11/5", score.get("end_exact").asText());
        assertTrue(score.get("offset_frames").isIntegralNumber());
        assertEquals(0, score.get("offset_frames").asInt());
        assertEquals(0.62, score.get("confidence").asDouble());
        assertEquals(0.05, score.get("leak").asDouble());
        assertEquals(0, score.get("flags").size());

        JsonNode flagged = markers.get(1);
        assertEquals("RED", flagged.get("color").asText());
        assertEquals("Ça va ?", flagged.get("name").asText());
        assertEquals(3, flagged.at("/metadata/mouthpiece/offset_frames").asInt());
        assertEquals(List.of("offset", "low-confidence"),
                flagged.at("/metadata/mouthpiece/flags").valueStream().map(JsonNode::asText).toList());
        assertTrue(flagged.get("comment").asText().endsWith("; flags: offset, low-confidence"));
    }

    @Test
    void aLineBetweenFramesKeepsItsExactTime() throws IOException {
        FrameRate rate = FrameRate.NTSC_FILM;
        SourceShot src = SourceShot.of(MediaFile.of(Path.of("/m/a.mov")), rate, "00:00:00:00", 100);
        DubLine l = new DubLine("half", Rational.of(1, 2), Rational.of(2), 0.5, 0.3, Double.NaN, List.of());
        JsonNode t = read(DubbedShot.wholeShot("s", src, MediaFile.of(Path.of("/m/b.mov")), List.of(), null, List.of(l)));
        JsonNode marker = t.at("/tracks/children/1/children/0/markers/0");
        // 0.5 s at 24000/1001 is 11.988 frames: no whole value exists, so the nearest double
        assertEquals(12000.0 / 1001, marker.at("/marked_range/start_time/value").asDouble());
        assertTrue(marker.at("/marked_range/start_time/value").isDouble());
        assertEquals("1/2", marker.at("/metadata/mouthpiece/start_exact").asText());
        assertTrue(marker.at("/metadata/mouthpiece/leak").isNull(), "an unmeasured leak is null, not NaN");
        assertEquals(0.5, marker.at("/metadata/mouthpiece/offset_frames").asDouble());
        assertEquals(2, t.get("tracks").get("children").size(), "no audio track without dub audio");
    }

    @Test
    void aRangeOutputStartsAfterAGapAndKeepsItsTimecode() throws IOException {
        FrameRate rate = FrameRate.FPS_24;
        SourceShot src = SourceShot.of(MediaFile.of(Path.of("/m/a.mov")), rate, "01:00:00:00", 1000);
        DubbedShot shot = new DubbedShot("range", src, MediaFile.of(Path.of("/m/a_dub.mov")), new FrameSpan(200, 400),
                List.of(new FrameSpan(210, 390)), null,
                List.of(line("in", 220, 50, rate, 0, 0.5, 0.1), line("before", 10, 50, rate, 0, 0.5, 0.1)));
        JsonNode dubTrack = read(shot).at("/tracks/children/1/children");
        assertEquals("Gap.1", dubTrack.get(0).get("OTIO_SCHEMA").asText());
        assertRange(dubTrack.get(0).get("source_range"), 24, 0, 200);
        assertRange(dubTrack.get(1).get("source_range"), 24, 86400 + 200, 200);
        assertEquals(1, dubTrack.get(1).get("markers").size(), "a line outside the output gets no marker");
        JsonNode meta = read(shot).at("/metadata/mouthpiece");
        assertEquals(2, meta.get("lines").size());
        assertEquals("01:00:08:18", meta.at("/rendered_ranges/0/in").asText());
        assertEquals("01:00:16:06", meta.at("/rendered_ranges/0/out").asText());
    }

    @Test
    void writesThroughATemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("dub.otio");
        Files.writeString(target, "old");
        DubbedShot shot = shot(FrameRate.FPS_25, "10:00:00:00");
        OtioWriter.write(shot, target);
        assertEquals(OtioWriter.toJson(shot), Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    private static void assertRange(JsonNode range, double rate, long start, long duration) {
        assertEquals("TimeRange.1", range.get("OTIO_SCHEMA").asText());
        assertTime(range.get("start_time"), rate, start);
        assertTime(range.get("duration"), rate, duration);
    }

    private static void assertTime(JsonNode t, double rate, long frames) {
        assertEquals("RationalTime.1", t.get("OTIO_SCHEMA").asText());
        assertEquals(rate, t.get("rate").asDouble());
        assertTrue(t.get("value").isIntegralNumber(), "whole frames are written as integers: " + t);
        assertEquals(frames, t.get("value").asLong());
    }
}
