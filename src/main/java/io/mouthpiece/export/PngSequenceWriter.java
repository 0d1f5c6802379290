package io.mouthpiece.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A folder of {@code <name>_NNNNN.png} (RGBA, straight alpha) plus {@code audio.wav} when there is sound. */
final class PngSequenceWriter {
    static final String AUDIO_FILE = "audio.wav";

    private PngSequenceWriter() {}

    static String frameName(String base, long frame, long frames) {
        int digits = Math.max(5, Long.toString(Math.max(0, frames - 1)).length());
        return String.format("%s_%0" + digits + "d.png", base, frame);
    }

    /** Writes into {@code folder}; returns the files in order (frames, then the WAV). */
    static List<Path> write(Path folder, String base, FramePipeline pipe, AudioPump audio, long frames, int zlibLevel,
                            Map<String, String> text, ProgressMeter meter) throws IOException {
        List<Path> files = new ArrayList<>();
        BufferedImage img = new BufferedImage(pipe.width(), pipe.height(), BufferedImage.TYPE_INT_ARGB);
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        Path wavFile = folder.resolve(AUDIO_FILE);
        try (WavWriter wav = audio.hasSound() ? new WavWriter(wavFile, audio.sampleRate(), audio.channels(), audio.samplesFor(frames)) : null) {
            float[][] chunk = new float[1][];
            for (long n = 0; n < frames; n++) {
                pipe.produce(n);
                pipe.ints().get(0, px, 0, px.length);
                Path f = folder.resolve(frameName(base, n, frames));
                PngFiles.write(img, f, zlibLevel, text);
                files.add(f);
                if (wav != null) {
                    int k = audio.afterFrame(n, chunk);
                    wav.write(chunk[0], k * audio.channels());
                }
                meter.frameDone(n + 1);
            }
        }
        if (audio.hasSound()) files.add(wavFile);
        return files;
    }
}
