package io.mouthpiece.core.interchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The frames {@code [start, end)} of a shot, counted from its first frame (0). */
public record FrameSpan(long start, long end) {
    public FrameSpan {
        if (start < 0) throw new IllegalArgumentException("frame range starts before the shot: " + start + ".." + end);
        if (end <= start) throw new IllegalArgumentException("empty or reversed frame range: " + start + ".." + end);
    }

    public static FrameSpan ofLength(long start, long count) { return new FrameSpan(start, start + count); }

    public long count() { return end - start; }

    public boolean contains(long frame) { return frame >= start && frame < end; }

    public boolean covers(FrameSpan o) { return o.start >= start && o.end <= end; }

    @Override
    public String toString() { return start + ".." + end; }

    /** Sorted, with overlapping and touching spans merged, so that each frame belongs to one span. */
    static List<FrameSpan> normalised(List<FrameSpan> spans) {
        List<FrameSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingLong(FrameSpan::start));
        List<FrameSpan> out = new ArrayList<>();
        for (FrameSpan s : sorted) {
            FrameSpan last = out.isEmpty() ? null : out.getLast();
            if (last != null && s.start <= last.end) {
                out.set(out.size() - 1, new FrameSpan(last.start, Math.max(last.end, s.end)));
            } else {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }
}
