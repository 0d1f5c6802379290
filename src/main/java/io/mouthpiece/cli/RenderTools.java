package io.mouthpiece.cli;

import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.export.Background;
import io.mouthpiece.export.QualityPreset;
import io.mouthpiece.service.CharacterRigs;
import io.mouthpiece.service.FaceService;
import io.mouthpiece.service.RenderService;
import io.mouthpiece.service.TakeAnalysis;

/**
 * The shared take pipeline (see {@link io.mouthpiece.app.TakeServices}) plus one {@code render} run's output choices.
 * {@code background} is null when none was given (the project's, or keep).
 */
record RenderTools(FaceService faces, TakeAnalysis analysis, CharacterRigs rigs, RenderService render,
                   Background background, QualityPreset preset, boolean badge) {

    /** The render output with the given background, or keep when none was given. */
    RenderService.Output output(RenderTargets.Target t, int[] wh, FrameRate rate) {
        return output(background == null ? Background.KEEP : background, t, wh, rate);
    }

    RenderService.Output output(Background bg, RenderTargets.Target t, int[] wh, FrameRate rate) {
        return new RenderService.Output(t.file(), t.format(), wh[0], wh[1], rate, bg, preset, badge);
    }
}
