package io.mouthpiece.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BenchStartupCommandTest {
    @Test
    void statsAreMinMedianMaxOfWhatWasMeasured() {
        assertEquals("1 / 3 / 9", BenchStartupCommand.stats(new long[] {9, 1, 3}));
        assertEquals("2 / 3 / 4", BenchStartupCommand.stats(new long[] {4, 2, -1}), "a missing value (-1) is left out");
        assertEquals("n/a", BenchStartupCommand.stats(new long[] {-1}));
    }
}
