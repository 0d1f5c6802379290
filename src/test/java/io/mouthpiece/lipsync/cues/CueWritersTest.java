package io.mouthpiece.lipsync.cues;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.lipsync.motion.MotionCurves;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class CueWritersTest {
    // "bob": sil 0-0.1, PP 0.1-0.2, oh 0.2-0.35, PP 0.35-0.45, sil 0.45-0.5 at 100 fps
    static VisemeTrack track() {
        Viseme[] f = new Viseme[50];
        for (int i = 0; i < 50; i++) {
            f[i] = i < 10 ? Viseme.SIL : i < 20 ? Viseme.PP : i < 35 ? Viseme.OH : i < 45 ? Viseme.PP : Viseme.SIL;
        }
        return VisemeTrack.fromFrames(f, null, Rational.of(1, 100));
    }

    @Test
    void tsvReadsBackAsRhubarbCues() throws Exception {
        StringBuilder sb = new StringBuilder();
        RhubarbWriters.tsv(MouthCue.fromTrack(track()), sb);
        assertEquals("0.00\tX\n0.10\tA\n0.20\tE\n0.35\tA\n0.45\tX\n", sb.toString());
    }

    @Test
    void jsonHasRhubarbLayout() throws Exception {
        StringBuilder sb = new StringBuilder();
        RhubarbWriters.json(MouthCue.fromTrack(track()), "say \"bob\".wav", Rational.of(1, 2), sb);
        JsonNode root = new ObjectMapper().readTree(sb.toString());
        assertEquals("say \"bob\".wav", root.at("/metadata/soundFile").asText());
        assertEquals(0.5, root.at("/metadata/duration").asDouble());
        JsonNode cues = root.get("mouthCues");
        assertEquals(5, cues.size());
        assertEquals(0.2, cues.get(2).get("start").asDouble());
        assertEquals(0.35, cues.get(2).get("end").asDouble());
        assertEquals("E", cues.get(2).get("value").asText());
    }

    @Test
    void xmlHasRhubarbLayout() throws Exception {
        StringBuilder sb = new StringBuilder();
        RhubarbWriters.xml(MouthCue.fromTrack(track()), "a&b.wav", Rational.of(1, 2), sb);
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals("rhubarbResult", d.getDocumentElement().getTagName());
        assertEquals("a&b.wav", d.getElementsByTagName("soundFile").item(0).getTextContent());
        NodeList cues = d.getElementsByTagName("mouthCue");
        assertEquals(5, cues.getLength());
        Element c = (Element) cues.item(1);
        assertEquals("0.10", c.getAttribute("start"));
        assertEquals("0.20", c.getAttribute("end"));
        assertEquals("A", c.getTextContent());
    }

    @Test
    void datUsesOneBasedFramesAndPrestonBlairNames() throws Exception {
        StringBuilder sb = new StringBuilder();
        RhubarbWriters.dat(MouthCue.fromTrack(track()), FrameRate.FPS_24, true, sb);
        String[] lines = sb.toString().split("\n");
        assertEquals("MohoSwitch1", lines[0]);
        assertEquals("1 rest", lines[1]);
        assertEquals("3 MBP", lines[2]);   // 0.10 s * 24 = 2.4 -> frame 2 (0-based) -> 3
        assertEquals("6 O", lines[3]);     // 0.20 * 24 = 4.8 -> 5 -> 6
        assertEquals("9 MBP", lines[4]);   // 0.35 * 24 = 8.4 -> 8 -> 9
        assertEquals("12 rest", lines[5]); // 0.45 * 24 = 10.8 -> 11 -> 12
    }

    @Test
    void datKeepsAClosureShorterThanAFrameAndWritesEachShapeOnce() throws Exception {
        Rational cs = Rational.of(1, 100);
        List<MouthCue> cues = List.of(
                new MouthCue(Rational.ZERO, cs.multiply(18), RhubarbShape.X),
                new MouthCue(cs.multiply(18), cs.multiply(21), RhubarbShape.B),
                new MouthCue(cs.multiply(21), cs.multiply(22), RhubarbShape.A),   // an inserted 10 ms closure
                new MouthCue(cs.multiply(22), cs.multiply(33), RhubarbShape.B),
                new MouthCue(cs.multiply(33), cs.multiply(36), RhubarbShape.C),
                new MouthCue(cs.multiply(36), cs.multiply(37), RhubarbShape.A),   // closure, then a cue over within the frame
                new MouthCue(cs.multiply(37), cs.multiply(39), RhubarbShape.D),
                new MouthCue(cs.multiply(39), cs.multiply(60), RhubarbShape.X));
        StringBuilder sb = new StringBuilder();
        RhubarbWriters.dat(cues, FrameRate.FPS_24, false, sb);
        // 0.18 s -> frame 5, 0.21 -> 6 (A keeps it), B moves to 7; C 0.33 -> 9, A 0.36 -> 10, D (over by 0.39) dropped,
        // X 0.39 -> 10 collides with A too, so frame 11
        assertEquals("MohoSwitch1\n1 X\n5 B\n6 A\n7 B\n9 C\n10 A\n11 X\n", sb.toString());

        // a short cue replaced by the next one on its frame leaves no repeated shape behind
        sb.setLength(0);
        RhubarbWriters.dat(List.of(new MouthCue(cs.multiply(10), cs.multiply(12), RhubarbShape.B),
                new MouthCue(cs.multiply(12), cs.multiply(13), RhubarbShape.C),
                new MouthCue(cs.multiply(13), cs.multiply(30), RhubarbShape.B)), FrameRate.FPS_24, false, sb);
        assertEquals("MohoSwitch1\n3 B\n", sb.toString());
    }

    @Test
    void oculusJsonHasFifteenWeightsPerFrame() throws Exception {
        float[][] w = new float[3][15];
        w[0][0] = 1;
        w[1][1] = 0.25f;
        w[1][10] = 0.75f;
        w[2][14] = 1;
        StringBuilder sb = new StringBuilder();
        OculusWriter.write(w, FrameRate.FPS_25, sb);
        JsonNode root = new ObjectMapper().readTree(sb.toString());
        assertEquals("25", root.get("fps").asText());
        assertEquals("aa", root.get("visemes").get(10).asText());
        assertEquals(0.04, root.at("/frames/1/time").asDouble(), 1e-9);
        assertEquals(0.75, root.at("/frames/1/weights/10").asDouble(), 1e-9);
        assertEquals(15, root.at("/frames/2/weights").size());
    }

    @Test
    void arkitCsvHasLiveLinkFaceColumns() throws Exception {
        float[] jaw = {0f, 0.5f, 1f};
        float[] yaw = {0f, 0f, 90f};
        MotionCurves m = new MotionCurves(FrameRate.NTSC, 3, Map.of(Channel.JAW_OPEN, jaw, Channel.HEAD_YAW, yaw,
                Channel.MOUTH_PRESS, new float[] {0.2f, 0, 0}));
        StringBuilder sb = new StringBuilder();
        ArkitCsvWriter.write(m, sb);
        List<String> lines = sb.toString().lines().toList();
        String[] head = lines.get(0).split(",");
        assertEquals(63, head.length);
        assertEquals("Timecode", head[0]);
        assertEquals("JawOpen", head[2 + 17]);
        String[] r1 = lines.get(2).split(",");
        assertEquals(63, r1.length);
        assertEquals("00:00:00:01.000", r1[0]);
        assertEquals(0.5, Double.parseDouble(r1[List.of(head).indexOf("JawOpen")]), 1e-6);
        String[] r0 = lines.get(1).split(",");
        assertEquals(0.2, Double.parseDouble(r0[List.of(head).indexOf("MouthPressLeft")]), 1e-6);
        assertEquals(0.2, Double.parseDouble(r0[List.of(head).indexOf("MouthPressRight")]), 1e-6);
        String[] r2 = lines.get(3).split(",");
        assertEquals(Math.PI / 2, Double.parseDouble(r2[List.of(head).indexOf("HeadYaw")]), 1e-3);
    }

    @Test
    void trackRejectsGaps() {
        assertThrows(IllegalArgumentException.class, () -> new VisemeTrack(List.of(
                new io.mouthpiece.core.speech.VisemeSegment(Rational.ZERO, Rational.of(1, 10), Viseme.PP, 0),
                new io.mouthpiece.core.speech.VisemeSegment(Rational.of(2, 10), Rational.of(3, 10), Viseme.AA, 0)),
                Rational.of(3, 10)));
        assertEquals(Viseme.OH, track().at(Rational.of(3, 10)));
        assertEquals(Viseme.SIL, track().at(Rational.of(9, 10)));
    }
}
