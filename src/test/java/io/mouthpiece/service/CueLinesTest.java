package io.mouthpiece.service;

import io.mouthpiece.core.cues.CueSheet;
import io.mouthpiece.core.cues.CueSheets;
import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.media.FfmpegMediaProber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Cue files placed as dialogue clips of the sample take, with real WAVs imported into the real project folder. */
class CueLinesTest {
    @TempDir Path tmp;
    final ProjectStore store = new ProjectStore();
    final FfmpegMediaProber prober = new FfmpegMediaProber();
    final MediaImporter importer = new MediaImporter(prober, new ProjectCreator(store, prober));
    Project project;
    Path folder;
    String takeId, actorId;

    @BeforeEach
    void emptyTake() throws Exception {
        Pipeline.Loaded s = Pipeline.sample(tmp.resolve("p"), Rational.of(2));
        Take t = s.project().take(s.takeId());
        AudioClip old = t.dialogue().getFirst().clips().getFirst();
        project = TakeEdits.removeClip(t.id(), old.id()).apply(s.project());
        folder = s.folder();
        takeId = t.id();
        actorId = project.actors().getFirst().id();
    }

    CueSheet srt(String text) throws Exception {
        Path f = tmp.resolve("lines.srt");
        Files.writeString(f, text);
        return CueSheets.read(f);
    }

    List<MediaRef> importAll(List<Path> files) throws Exception {
        MediaImporter.Result r = importer.importFiles(project, folder, files, Progress.NONE);
        assertEquals(List.of(), r.failures());
        return r.media();
    }

    @Test
    void oneLongDubFileSplitByTheCues() throws Exception {
        CueSheet cues = srt("""
                1
                00:00:00,500 --> 00:00:01,750
                <i>First</i> line,
                two rows

                2
                00:00:02,000 --> 00:00:03,000
                Second &amp; last

                3
                00:00:03,500 --> 00:00:04,500
                Runs past the file
                """);
        Path wav = MediaFixtures.wav(tmp.resolve("in/dub.wav"), 4.0, 0.5, false);
        MediaRef dub = importAll(List.of(wav)).getFirst();
        CueLines.Placement pl = CueLines.splitFile(takeId, actorId, dub, cues);
        Edit both = Edit.compose("Place Dub", List.of(MediaImporter.edit(List.of(dub)), pl.edit()));
        Project p = both.apply(project);
        store.save(folder, p);
        Take t = store.load(folder).project().take(takeId);
        List<AudioClip> clips = t.dialogueOf(actorId).orElseThrow().clips();
        assertEquals(3, clips.size());
        assertEquals(pl.clipIds(), clips.stream().map(AudioClip::id).toList());
        AudioClip a = clips.get(0), b = clips.get(1), c = clips.get(2);
        assertEquals(dub.id(), a.mediaId());
        assertEquals(Rational.of(1, 2), a.range().start());
        assertEquals(Rational.of(5, 4), a.range().duration());
        assertEquals(Rational.of(1, 2), a.sourceIn(), "the clip plays the file from the cue's start");
        assertEquals("First line, two rows", a.transcript());
        assertEquals(Rational.of(2), b.sourceIn());
        assertEquals("Second & last", b.transcript());
        assertEquals(Rational.of(4), c.range().end(), "cut at the file's end");
        assertEquals(1, pl.notices().size());
        assertTrue(pl.notices().getFirst().contains("line 3 (lines.srt line 11)"), pl.notices().toString());
        assertFalse(t.duration().isBefore(Rational.of(4)), "the take grows to hold the lines");

        // The same file placed again (further lines at later times) is not imported twice.
        CueSheet more = srt("4\n00:00:10,000 --> 00:00:11,000\nlater\n");
        Path wav2 = MediaFixtures.wav(tmp.resolve("in2/dub.wav"), 12.0, 0.5, false);
        CueLines.Placement again = CueLines.importAndPlace(importer, p, folder, takeId, actorId, more, CueLines.Mode.SPLIT,
                List.of(wav2), Progress.NONE);
        Project p2 = again.edit().apply(p);
        assertEquals(p.media().size() + 1, p2.media().size(), "a new 12 s file comes in");
        CueLines.Placement third = CueLines.importAndPlace(importer, p2, folder, takeId, actorId,
                srt("5\n00:00:11,000 --> 00:00:11,500\nthird\n"), CueLines.Mode.SPLIT, List.of(wav2), Progress.NONE);
        Project p3 = third.edit().apply(p2);
        assertEquals(p2.media().size(), p3.media().size(), "the file the project holds is used as it is");
        assertEquals(5, p3.take(takeId).dialogueOf(actorId).orElseThrow().clips().size());

        CueSheet late = srt("1\n00:00:05,000 --> 00:00:06,000\nafter the end\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CueLines.splitFile(takeId, actorId, dub, late));
        assertTrue(e.getMessage().contains("line 1 (lines.srt line 2) starts at 0:05.000, after the end of dub.wav"), e.getMessage());
    }

    @Test
    void oneFilePerLineMatchedByNumberWithTheCueTextAsTranscript() throws Exception {
        CueSheet cues = srt("""
                7
                00:00:00,000 --> 00:00:01,000
                Seven

                8
                00:00:01,500 --> 00:00:02,000
                Eight runs long

                9
                00:00:02,500 --> 00:00:04,000
                Nine
                """);
        Path f9 = MediaFixtures.wav(tmp.resolve("in/line_009.wav"), 1.25, 0.5, false);
        Path f7 = MediaFixtures.wav(tmp.resolve("in/take2 line 7.wav"), 0.8, 0.5, false);
        Path f8 = MediaFixtures.wav(tmp.resolve("in/8.wav"), 1.5, 0.5, false);
        assertEquals(List.of(f7, f8, f9), CueLines.filesByNumber(cues, List.of(f9, f7, f8)));
        CueLines.Placement pl = CueLines.importAndPlace(importer, project, folder, takeId, actorId, cues,
                CueLines.Mode.PER_LINE_BY_NUMBER, List.of(f9, f7, f8), Progress.NONE);
        Project p = pl.edit().apply(project);
        assertEquals("Place 3 Lines from lines.srt", pl.edit().description());
        List<MediaRef> media = p.media().stream().filter(m -> m.path().startsWith("media/") && !m.fileName().endsWith(".png")
                && !m.fileName().equals("line.wav")).toList();
        assertEquals(List.of("take2 line 7.wav", "8.wav", "line_009.wav"), media.stream().map(MediaRef::fileName).toList());
        List<AudioClip> clips = p.take(takeId).dialogueOf(actorId).orElseThrow().clips();
        assertEquals(3, clips.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(media.get(i).id(), clips.get(i).mediaId());
            assertEquals(Rational.ZERO, clips.get(i).sourceIn());
            assertEquals(cues.get(i).start(), clips.get(i).range().start());
        }
        assertEquals(Rational.of(4, 5), clips.get(0).range().duration(), "the whole file plays");
        assertEquals(Rational.of(5, 2), clips.get(1).range().end(), "cut where line 9 starts");
        assertEquals(Rational.of(5, 4), clips.get(2).range().duration());
        assertEquals(List.of("Seven", "Eight runs long", "Nine"), clips.stream().map(AudioClip::transcript).toList());
        assertEquals(1, pl.notices().size());
        assertTrue(pl.notices().getFirst().startsWith("line 8 (lines.srt line 6): 8.wav (0:01.500) runs into the next line"),
                pl.notices().toString());
    }

    @Test
    void mismatchedFilesAreRefusedInWords() {
        CueSheet cues = new CueSheet("x.vtt", CueSheet.Format.WEBVTT, List.of(
                new io.mouthpiece.core.cues.Cue(1, "", new io.mouthpiece.core.time.TimeRange(Rational.ZERO, Rational.ONE), "a", "", 3),
                new io.mouthpiece.core.cues.Cue(2, "outro", new io.mouthpiece.core.time.TimeRange(Rational.of(2), Rational.ONE), "b", "", 6)));
        assertEquals(List.of(Path.of("one_1.wav"), Path.of("OUTRO.wav")),
                CueLines.filesByNumber(cues, List.of(Path.of("OUTRO.wav"), Path.of("one_1.wav"))),
                "by the cue identifier, else by position when the file has no numeric ids");
        assertMessage("two files for line 1: a1.wav and b1.wav", () -> CueLines.filesByNumber(cues, List.of(Path.of("a1.wav"), Path.of("b1.wav"))));
        assertMessage("no line of x.vtt matches line_5.wav, intro.wav", () -> CueLines.filesByNumber(cues,
                List.of(Path.of("line_1.wav"), Path.of("line_5.wav"), Path.of("intro.wav"))));
        assertMessage("no audio file for line outro", () -> CueLines.filesByNumber(cues, List.of(Path.of("line_1.wav"))));
        assertMessage("x.vtt has 2 line(s) but 1 audio file(s)", () -> CueLines.perLineFiles("t", "a", cues, List.of(
                new MediaRef("m", io.mouthpiece.core.project.MediaKind.AUDIO, "media/a.wav", null, 1, Rational.ONE))));
    }

    static void assertMessage(String expected, org.junit.jupiter.api.function.Executable e) {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
        assertTrue(x.getMessage().contains(expected), x.getMessage());
    }
}
