package io.mouthpiece.ui.export;

import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.export.Background;
import io.mouthpiece.service.EngineTracks;
import io.mouthpiece.service.TakeScene;
import java.nio.file.Path;

/** What the export dialog needs to know about the take it exports. */
public record ExportContext(String takeName, int projectWidth, int projectHeight, int sourceWidth, int sourceHeight,
                            FrameRate projectRate, Background projectBackground, Rational takeDuration, TimeRange inOut,
                            boolean lipSynced, Path exportFolder) {
    public static ExportContext of(TakeScene s, Path projectFolder) {
        Project p = s.project();
        Background bg;
        try {
            bg = Background.parse(p.background());
        } catch (IllegalArgumentException e) {
            bg = Background.KEEP;
        }
        return new ExportContext(s.take().name(), p.width(), p.height(), s.scene().image().width(), s.scene().image().height(),
                p.frameRate(), bg, s.take().duration(), s.range(), EngineTracks.available(s), projectFolder.resolve("exports"));
    }

    /** The range the choice covers. */
    public TimeRange range(ExportSpec.Range r) {
        return r == ExportSpec.Range.WHOLE_TAKE ? new TimeRange(Rational.ZERO, takeDuration) : inOut;
    }

    /** True when in/out points narrow the take. */
    public boolean hasInOut() { return !inOut.equals(new TimeRange(Rational.ZERO, takeDuration)); }
}
