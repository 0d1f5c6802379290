package io.mouthpiece.service.dub;

import io.mouthpiece.core.project.ConsentRecord;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One dub of a filmed shot, as the command line or the studio asks for it.
 *
 * @param video        the filmed shot
 * @param audio        the dub audio: one line starting at the output's first frame, or (with {@code cues}) one long
 *                     file on the shot's timeline, the cues saying where its lines are
 * @param cues         SRT or WebVTT lines (times from the shot's first frame), or null
 * @param transcript   the line's words without cues (English: aligned to the audio for sharper timing), or ""
 * @param face         which face to follow (0 = the largest)
 * @param from         the output's first frame as a timecode of the shot, or null for its first frame
 * @param to           the frame after the output's last as a timecode, or null for the shot's end
 * @param consent      the actor's consent statement, or a record saying it is not a real person
 * @param output       OUT.mov, OUT.mp4 or OUT.mxf
 * @param report       where the sync report goes, or null for OUT's name with {@code .sync.json}
 * @param quality      draft (lighter codec settings) or final
 * @param prores4444   .mov: ProRes 4444 instead of 422 HQ
 * @param keepOriginal mix the shot's own sound under the dub (a stand-in for an M&amp;E track)
 */
public record DubRequest(Path video, Path audio, Path cues, String transcript, int face, String from, String to,
                         ConsentRecord consent, Path output, Path report, Quality quality, boolean prores4444,
                         boolean keepOriginal) {
    public enum Quality { DRAFT, FINAL }

    /** The containers a dub is written to. */
    public enum Container {
        MOV, MP4, MXF;

        /** From the output's extension; a clear message for anything else. */
        public static Container of(Path output) {
            String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1);
            return switch (ext) {
                case "mov" -> MOV;
                case "mp4" -> MP4;
                case "mxf" -> MXF;
                default -> throw new IllegalArgumentException("the output " + output.getFileName()
                        + " must end in .mov (ProRes), .mp4 (H.264) or .mxf (DNxHR)");
            };
        }
    }

    public DubRequest {
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(consent, "consent");
        transcript = transcript == null ? "" : transcript.strip();
        quality = quality == null ? Quality.FINAL : quality;
        if (face < 0) throw new IllegalArgumentException("--face must be 0 or more, not " + face);
        Container.of(output);
    }

    public Container container() { return Container.of(output); }

    /** The report's file: the one asked for, else {@code OUT.sync.json}. */
    public Path reportFile() { return report != null ? report : sibling(".sync.json"); }

    /** {@code OUT.mov} → {@code OUT<suffix>}. */
    public Path sibling(String suffix) {
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return output.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + suffix);
    }
}
