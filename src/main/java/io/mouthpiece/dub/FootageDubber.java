package io.mouthpiece.dub;

import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.media.ShotInfo;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.media.ShotReader;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The footage engine end to end on an analysed shot: the dubbed line's channels per output frame → targets →
 * selection over the shot's own frames → synthesis and composite, frame by frame into a sink.
 */
public final class FootageDubber {
    /** With no range left out of the database, frames this close to an output frame may not stand in for it. */
    static final double OWN_MOUTH_GUARD_SECONDS = 0.5;

    /** What a dubbed range came out as: the selection and how many frames ended in each status. */
    public record Report(MouthSelector.Selection selection, int[] statusCounts) {
        public int count(DubSynthesis.Status s) { return statusCounts[s.ordinal()]; }
    }

    private final ShotAnalysis shot;
    private final MouthSelector selector;

    public FootageDubber(ShotAnalysis shot, MouthSelector selector) {
        this.shot = shot;
        this.selector = selector;
    }

    /**
     * Dubs output frames {@code first .. first + line.size() − 1} of the shot.
     *
     * @param line        the dubbed line's channels, one per output frame
     * @param calibration the channels of the shot's own speech per shot frame (lip sync of the original audio), or
     *                    null to map shapes from the shot's rest mouth and the rig's gains
     * @param excluded    shot frames the database must not use (e.g. the range being dubbed, so the original
     *                    mouth there cannot come back), or null
     */
    public Report dub(long first, List<? extends ShapeMapping.ChannelSource> line,
                      List<? extends ShapeMapping.ChannelSource> calibration, IntPredicate excluded,
                      DubSynthesis.FrameSink sink, Progress progress) throws MediaException {
        ShotInfo info = shot.info();
        if (first < 0 || first + line.size() > shot.tracked().size()) {
            throw new MediaException("The line's frames " + first + ".." + (first + line.size() - 1) + " run past the shot ("
                    + shot.tracked().size() + " frames, " + info.duration().toDouble() + " s); trim or extend it first");
        }
        MouthDatabase all = MouthDatabase.of(shot.descriptors(), shot.tracked());
        MouthDatabase db = excluded == null ? all : MouthDatabase.of(shot.descriptors(), shot.tracked(), excluded);
        if (db.usableFrames().length == 0) throw new MediaException("No usable mouth frames in " + shot.file().getFileName()
                + " (the face is lost, blurred or excluded everywhere)");
        ShapeMapping mapping = calibration == null ? ShapeMapping.fromShot(all) : ShapeMapping.calibrated(all, calibration);
        List<MouthTarget> targets = new ArrayList<>(line.size());
        for (int k = 0; k < line.size(); k++) {
            MouthDescriptor background = shot.descriptors().get((int) (first + k));
            targets.add(MouthTarget.of(mapping, line.get(k), background));
        }
        // Without a range to leave out, each output frame's own mouth and those near it (half a second either side)
        // are still kept from standing in for it: the original performance must not come back through the picks.
        int guard = excluded != null ? 0 : (int) Math.max(1, Math.min(Math.round(info.rate().toDouble() * OWN_MOUTH_GUARD_SECONDS),
                shot.tracked().size() / 4));
        MouthSelector.Forbidden own = guard == 0 ? null : (i, f) -> Math.abs(f - (first + i)) <= guard;
        MouthSelector.Selection sel = selector.select(targets, db, mapping, own);
        boolean conform = info.timing().variable();
        try (ShotReader bg = ShotReader.open(shot.file(), shot.probe(), conform);
             ShotReader src = ShotReader.open(shot.file(), shot.probe(), conform)) {
            int[] counts = DubSynthesis.render(bg, src, shot.tracked(), first, sel, sink, progress);
            return new Report(sel, counts);
        }
    }
}
