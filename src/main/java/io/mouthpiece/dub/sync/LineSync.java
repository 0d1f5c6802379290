package io.mouthpiece.dub.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The sync score of one dubbed line, as written in the report.
 *
 * @param start          line start in the take, seconds
 * @param end            line end, seconds
 * @param offsetFrames   best lag in frames; positive = the sound comes after the mouth (audio late)
 * @param peak           correlation (Pearson r) of mouth and speech envelope at that lag
 * @param confidence     peak minus the median correlation over all lags searched (SyncNet's confidence)
 * @param leak           highest correlation with the original-language audio within a frame of the shot's baseline
 *                       lag (null without original audio): the old mouth showing through
 * @param closureHitRate share of M/B/P closures met by a closed mouth within ±1 frame (null without phone timing)
 * @param voicedSeconds  seconds of the line that hold speech
 * @param flags          what a reviewer should look at ({@link SyncScorer#INSUFFICIENT} and the others)
 */
@JsonPropertyOrder({"id", "start", "end", "offset_frames", "peak", "confidence", "leak", "closure_hit_rate", "voiced_seconds", "flags"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineSync(String id, double start, double end,
                       @JsonProperty("offset_frames") int offsetFrames,
                       double peak, double confidence, Double leak,
                       @JsonProperty("closure_hit_rate") Double closureHitRate,
                       @JsonProperty("voiced_seconds") double voicedSeconds,
                       List<String> flags) {
    public LineSync {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    public boolean flagged() { return !flags.isEmpty(); }
}
