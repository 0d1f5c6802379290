package io.mouthpiece.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.export.Background;
import io.mouthpiece.export.ExportFormat;
import io.mouthpiece.export.QualityPreset;
import io.mouthpiece.lipsync.cues.CueFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's rules without a screen. */
class ExportDialogModelTest {
    @TempDir Path dir;

    ExportContext ctx(Background projectBg, boolean lipSynced) {
        return new ExportContext("Take 1", 1280, 720, 512, 512, FrameRate.FPS_25, projectBg, Rational.of(6),
                new TimeRange(Rational.of(1), Rational.of(2, 5)), lipSynced, dir.resolve("exports"));
    }

    @Test
    void presetsFillTheFieldsAndAnEditMakesItCustom() {
        ExportDialogModel m = new ExportDialogModel(ctx(Background.KEEP, true), ExportPreset.WEB_MP4);
        assertTrue(m.isValid(), m.problemProperty().get());
        assertEquals(ExportSpec.Range.IN_OUT, m.rangeProperty().get(), "a take with in/out points starts on them");
        assertEquals("10 frames \u00b7 0.40 s \u00b7 1280\u00d7720 at 25 fps", m.summaryProperty().get());
        assertTrue(m.outputProperty().get().endsWith("exports/Take 1.mp4"), m.outputProperty().get());

        m.presetProperty().set(ExportPreset.SPRITE_SHEET);
        assertEquals(ExportFormat.SPRITE_SHEET, m.formatProperty().get());
        assertEquals(ExportSpec.Bg.TRANSPARENT, m.backgroundProperty().get());
        assertEquals(Set.of(CueFormat.TSV, CueFormat.OCULUS, CueFormat.ARKIT), m.tracks());
        assertEquals(454, m.widthProperty().get(), "256 px high at the project's 16:9 (455.1, even)");
        assertEquals(256, m.heightProperty().get());
        assertTrue(m.outputProperty().get().endsWith("Take 1.png"));
        assertEquals(ExportPreset.SPRITE_SHEET, m.presetProperty().get(), "applying a preset is not an edit");

        m.rateProperty().set(FrameRate.of(12, 1));
        assertEquals(ExportPreset.CUSTOM, m.presetProperty().get());
        ExportSpec s = m.toSpec();
        assertEquals("Custom", s.presetLabel());
        assertEquals(QualityPreset.GAME_ENGINE, s.quality(), "custom keeps the preset's quality");
        assertEquals(Background.TRANSPARENT, s.background());

        m.presetProperty().set(ExportPreset.PNG_SEQUENCE);
        assertTrue(m.outputProperty().get().endsWith("exports/Take 1"), "a PNG sequence is a folder: " + m.outputProperty().get());
        m.sizeProperty().set(ExportSpec.Size.SOURCE);
        assertEquals(512, m.toSpec().width());
    }

    @Test
    void alphaWithMp4IsExplainedAndBlocksTheExport() {
        ExportDialogModel m = new ExportDialogModel(ctx(Background.KEEP, true), ExportPreset.WEB_MP4);
        m.backgroundProperty().set(ExportSpec.Bg.TRANSPARENT);
        assertFalse(m.isValid());
        assertTrue(m.problemProperty().get().startsWith("MP4 (H.264) has no alpha channel"), m.problemProperty().get());
        assertTrue(m.problemProperty().get().contains("ProRes 4444, WebM VP9"));
        m.backgroundProperty().set(ExportSpec.Bg.COLOUR);
        assertTrue(m.isValid());
        assertEquals(Background.color(0x00b140), m.toSpec().background());

        // A transparent project: the Web preset says why it cannot follow the project's setting.
        ExportDialogModel t = new ExportDialogModel(ctx(Background.TRANSPARENT, true), null);
        assertTrue(t.problemProperty().get().startsWith("The project's background is transparent, but MP4"), t.problemProperty().get());
        t.presetProperty().set(ExportPreset.WEBM_VP9_ALPHA);
        assertTrue(t.isValid(), t.problemProperty().get());
    }

    @Test
    void sizesTracksAndPathsAreChecked() throws Exception {
        ExportDialogModel m = new ExportDialogModel(ctx(Background.KEEP, false), ExportPreset.WEB_MP4);
        m.sizeProperty().set(ExportSpec.Size.CUSTOM);
        m.widthProperty().set(641);
        assertTrue(m.problemProperty().get().contains("even width and height") && m.problemProperty().get().contains("640\u00d7720"),
                m.problemProperty().get());
        m.widthProperty().set(8);
        assertTrue(m.problemProperty().get().startsWith("The picture size must be between 16"));
        m.widthProperty().set(640);
        assertTrue(m.isValid());

        m.presetProperty().set(ExportPreset.SPRITE_SHEET);
        assertTrue(m.problemProperty().get().startsWith("Engine tracks need the take's lip sync"), m.problemProperty().get());
        m.tracks().clear();
        assertTrue(m.isValid(), m.problemProperty().get());
        m.rangeProperty().set(ExportSpec.Range.WHOLE_TAKE);
        m.sizeProperty().set(ExportSpec.Size.HD1080);
        assertTrue(m.problemProperty().get().startsWith("A sprite sheet of 150 frames at 1920\u00d71080"), m.problemProperty().get());

        m.presetProperty().set(ExportPreset.WEB_MP4);
        Path existing = Files.createDirectories(dir.resolve("exports")).resolve("old.mp4");
        Files.writeString(existing, "old");
        m.outputProperty().set(existing.toString());
        assertTrue(m.isValid());
        assertTrue(m.overwriteProperty().get().startsWith("\u201cold.mp4\u201d already exists"), m.overwriteProperty().get());
        Path file = Files.writeString(dir.resolve("file"), "x");
        m.outputProperty().set(file.resolve("x.mp4").toString());
        assertEquals("Cannot save there: " + file + " is a file, not a folder.", m.problemProperty().get());
        m.outputProperty().set(" ");
        assertEquals("Choose where to save the export.", m.problemProperty().get());
    }

    @Test
    void theLastPresetComesBackByName() {
        assertEquals(ExportPreset.PRORES_4444, ExportPreset.byName("PRORES_4444", ExportPreset.WEB_MP4));
        assertEquals(ExportPreset.WEB_MP4, ExportPreset.byName("GONE", ExportPreset.WEB_MP4));
        ExportDialogModel m = new ExportDialogModel(ctx(Background.KEEP, true), ExportPreset.PRORES_4444);
        assertEquals(ExportFormat.MOV_PRORES4444, m.formatProperty().get());
        assertTrue(m.outputProperty().get().endsWith(".mov"));
    }
}
