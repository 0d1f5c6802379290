package io.mouthpiece.core.interchange;

import java.util.List;
import java.util.Objects;

/**
 * What the interchange writers describe: a source shot, the rendered dub of it and its lines.
 *
 * @param name           the title of the timeline / EDL
 * @param source         the filmed shot
 * @param output         the rendered file; its frame {@code i} is the shot's frame {@code outputSpan.start + i} and
 *                       carries that frame's timecode
 * @param outputSpan     the shot's frames the output covers: the whole shot, or a line range plus handles
 * @param renderedRanges the shot's frames that were re-rendered (line ranges plus handles); sorted and merged here
 * @param dubAudio       the dub's audio file and where it sits in the shot, or null when not exported on its own
 * @param lines          the dubbed lines with their sync scores
 */
public record DubbedShot(String name, SourceShot source, MediaFile output, FrameSpan outputSpan, List<FrameSpan> renderedRanges,
                         PlacedMedia dubAudio, List<DubLine> lines) {
    public DubbedShot {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(outputSpan, "outputSpan");
        name = name == null || name.isBlank() ? output.name() : name;
        if (!source.frames().covers(outputSpan)) {
            throw new IllegalArgumentException("the output " + output.name() + " covers frames " + outputSpan
                    + ", outside the shot's " + source.frames());
        }
        renderedRanges = FrameSpan.normalised(renderedRanges);
        for (FrameSpan r : renderedRanges) {
            if (!outputSpan.covers(r)) {
                throw new IllegalArgumentException("rendered range " + r + " lies outside the output's frames " + outputSpan);
            }
        }
        if (dubAudio != null && !source.frames().covers(dubAudio.span())) {
            throw new IllegalArgumentException("the dub audio " + dubAudio.media().name() + " at frames " + dubAudio.span()
                    + " runs outside the shot's " + source.frames());
        }
        lines = List.copyOf(lines);
    }

    /** A dub rendered over the whole shot. */
    public static DubbedShot wholeShot(String name, SourceShot source, MediaFile output, List<FrameSpan> renderedRanges,
                                       PlacedMedia dubAudio, List<DubLine> lines) {
        return new DubbedShot(name, source, output, source.frames(), renderedRanges, dubAudio, lines);
    }

    /** A file placed at some frames of the shot. */
    public record PlacedMedia(MediaFile media, FrameSpan span) {
        public PlacedMedia {
            Objects.requireNonNull(media, "media");
            Objects.requireNonNull(span, "span");
        }
    }
}
