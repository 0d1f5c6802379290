package io.mouthpiece.core.face;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's edits to a face, stored in the project: an optional six-point manual fit (replaces the detected
 * landmarks) and per-landmark offsets applied on top. At most one offset per index; {@link #plus} accumulates.
 */
public record RigCorrections(SixPoints manualFit, List<PointOffset> offsets) {
    public static final RigCorrections NONE = new RigCorrections(null, List.of());

    public RigCorrections {
        offsets = offsets == null ? List.of() : List.copyOf(offsets);
    }

    /** These corrections with {@code extra} added (offsets on the same index sum; a zero sum drops the entry). */
    public RigCorrections plus(List<PointOffset> extra) {
        Map<Integer, double[]> m = new LinkedHashMap<>();
        for (PointOffset o : offsets) m.put(o.index(), new double[] {o.dx(), o.dy()});
        for (PointOffset o : extra) {
            double[] d = m.computeIfAbsent(o.index(), k -> new double[2]);
            d[0] += o.dx();
            d[1] += o.dy();
        }
        List<PointOffset> r = new ArrayList<>();
        m.forEach((i, d) -> { if (d[0] != 0 || d[1] != 0) r.add(new PointOffset(i, d[0], d[1])); });
        return new RigCorrections(manualFit, r);
    }

    public RigCorrections withManualFit(SixPoints fit) { return new RigCorrections(fit, offsets); }

    @JsonIgnore
    public boolean isEmpty() { return manualFit == null && offsets.isEmpty(); }
}
