package io.mouthpiece.media;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class PictureLimitsTest {
    @Test
    void picturesWithinTheLimitsAreReadAsTheyAre() {
        assertFalse(PictureLimits.plan(512, 512).downscaled());
        PictureLimits.Plan wide = PictureLimits.plan(16_384, 4_096);   // 64 megapixels exactly: accepted before, unchanged
        assertEquals(1, wide.step());
        assertEquals(16_384, wide.width());
    }

    @Test
    void biggerPicturesTakeTheSmallestStepThatFits() {
        PictureLimits.Plan p = PictureLimits.plan(20_000, 20_000);
        assertEquals(3, p.step(), "every 2nd pixel would still be 100 megapixels");
        assertEquals(6667, p.width());
        assertEquals(6667, p.height());
        assertEquals(2, PictureLimits.plan(16_385, 100).step(), "one pixel over the side limit");
        PictureLimits.Plan strip = PictureLimits.plan(100_000, 3);
        assertEquals(7, strip.step());
        assertEquals(14_286, strip.width());
        assertEquals(1, strip.height());
    }

    @Test
    void memoryRefusalNamesTheSizeAndTheLimit() throws Exception {
        PictureLimits.Plan giant = PictureLimits.plan(20_000, 20_000);
        PictureLimits.checkMemory("giant.png", giant, 3, 512L << 20);  // 2 × 170 MB fit three quarters of 512 MB
        var e = assertThrows(PictureTooLargeException.class,
                () -> PictureLimits.checkMemory("giant.png", giant, 3, 256L << 20));
        assertTrue(e.getMessage().contains("giant.png is 20000 \u00d7 20000 pixels"), e.getMessage());
        assertTrue(e.getMessage().contains("at 6667 \u00d7 6667 needs about 339 MB") && e.getMessage().contains("may use 192 MB"),
                e.getMessage());

        PictureLimits.Plan absurd = PictureLimits.plan(1 << 30, 1 << 30);
        var count = assertThrows(PictureTooLargeException.class,
                () -> PictureLimits.checkMemory("absurd.png", absurd, 3, 2L << 30));
        assertTrue(count.getMessage().contains("1073741824 \u00d7 1073741824") && count.getMessage().contains("up to 2,147 megapixels"),
                count.getMessage());
        PictureLimits.Plan line = PictureLimits.plan(1 << 30, 1);
        var row = assertThrows(PictureTooLargeException.class,
                () -> PictureLimits.checkMemory("line.png", line, 3, 2L << 30));
        assertTrue(row.getMessage().contains("1073741824 \u00d7 1") && row.getMessage().contains("715,827,877 pixels wide"),
                row.getMessage());
    }

    @Test
    void noticeSaysWhatWasRead() {
        assertEquals("giant.png is 20000 \u00d7 20000 pixels, more than 16384 a side or 64 megapixels; it is read "
                + "downscaled to 6667 \u00d7 6667.", PictureLimits.notice("giant.png", 20000, 20000, 6667, 6667));
    }
}
