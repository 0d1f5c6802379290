package io.mouthpiece.lipsync.cues;

import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.core.time.FrameRate;

import java.io.IOException;
import java.util.Locale;

/**
 * Oculus-15 viseme weights per frame as JSON: {@code {"fps": "24", "visemes": ["sil", ...], "frames":
 * [{"time": 0.0, "weights": [15 numbers]}, ...]}}. Weights of a frame sum to 1.
 */
public final class OculusWriter {
    private OculusWriter() {}

    public static void write(float[][] weights, FrameRate fps, Appendable out) throws IOException {
        out.append("{\n  \"fps\": \"").append(fps.toString()).append("\",\n  \"visemes\": [");
        Viseme[] vs = Viseme.values();
        for (int i = 0; i < vs.length; i++) out.append(i > 0 ? ", " : "").append('"').append(vs[i].id()).append('"');
        out.append("],\n  \"frames\": [\n");
        for (int f = 0; f < weights.length; f++) {
            out.append("    {\"time\": ").append(String.format(Locale.ROOT, "%.4f", fps.timeOf(f).toDouble()))
                    .append(", \"weights\": [");
            for (int i = 0; i < weights[f].length; i++) {
                out.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.3f", weights[f][i]));
            }
            out.append("]}").append(f + 1 < weights.length ? ",\n" : "\n");
        }
        out.append("  ]\n}\n");
    }
}
