package io.mouthpiece.media;

import io.mouthpiece.core.media.MediaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The FFmpeg encoder adapter: real encoder failures become clear MediaExceptions. */
class EncodeVideoEncoderTest {
    @TempDir Path dir;

    static EncodeSpec spec(String codec, String pix, Map<String, String> opts) {
        return new EncodeSpec("mov", codec, pix, 64, 48, 25, 1, 0, 0, opts, null, 48_000, 0, 0, Map.of(), Map.of(), null);
    }

    @Test
    void anEncoderThatRefusesItsSettingsIsAClearError() {
        // prores_ks refuses 4:2:0 input: avcodec_open2 fails inside FFmpeg.
        MediaException e = assertThrows(MediaException.class,
                () -> VideoEncoder.open(dir.resolve("x.mov"), spec("prores_ks", "yuv420p", Map.of())));
        assertTrue(e.getMessage().contains("prores_ks"), e.getMessage());
    }

    @Test
    void anUnknownPixelFormatIsAClearError() {
        MediaException e = assertThrows(MediaException.class,
                () -> VideoEncoder.open(dir.resolve("x.mov"), spec("prores_ks", "no_such_format", Map.of())));
        assertTrue(e.getMessage().contains("no_such_format"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("x.mov")));
    }

    @Test
    void framesMustBeDirectAndWhole() throws Exception {
        try (VideoEncoder enc = VideoEncoder.open(dir.resolve("ok.mov"), spec("prores_ks", "yuva444p10le", Map.of("profile", "4444")))) {
            assertThrows(IllegalArgumentException.class, () -> enc.writeFrame(ByteBuffer.allocate(64 * 48 * 4)));
            assertThrows(IllegalArgumentException.class, () -> enc.writeFrame(ByteBuffer.allocateDirect(16)));
            enc.writeFrame(ByteBuffer.allocateDirect(64 * 48 * 4));
            enc.finish();
        }
        assertTrue(Files.size(dir.resolve("ok.mov")) > 0);
    }

    @Test
    void theLgplBuildHasTheEncodersExportUses() {
        for (String c : new String[] {"libopenh264", "prores_ks", "libvpx-vp9", "aac", "libopus", "pcm_s16le"}) {
            assertTrue(VideoEncoder.hasEncoder(c), c);
        }
    }
}
