package io.mouthpiece.media;

/**
 * Finds the EXIF orientation tag (0x0112) in a JPEG's APP1 segment; 1 (upright) when absent or unreadable. Works on
 * the first bytes of the file (a cut-off segment reads as no orientation).
 */
final class ImageReaderExif {
    private ImageReaderExif() {}

    static int orientation(byte[] b) {
        try {
            if (b.length < 4 || (b[0] & 255) != 0xFF || (b[1] & 255) != 0xD8) return 1;
            int p = 2;
            while (p + 4 <= b.length && (b[p] & 255) == 0xFF) {
                int marker = b[p + 1] & 255;
                int len = u16(b, p + 2, false);
                if (marker == 0xDA || marker == 0xD9) break;               // image data starts: no EXIF before it
                if (marker == 0xE1 && len >= 16 && b[p + 4] == 'E' && b[p + 5] == 'x' && b[p + 6] == 'i' && b[p + 7] == 'f')
                    return fromTiff(b, p + 10, p + 2 + len);
                p += 2 + len;
            }
        } catch (IndexOutOfBoundsException e) {
            return 1;
        }
        return 1;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        boolean le = b[tiff] == 'I';
        int ifd = tiff + (int) u32(b, tiff + 4, le);
        int n = u16(b, ifd, le);
        for (int i = 0; i < n; i++) {
            int e = ifd + 2 + 12 * i;
            if (e + 12 > end) break;
            if (u16(b, e, le) == 0x0112) {
                int v = u16(b, e + 8, le);
                return v >= 1 && v <= 8 ? v : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int p, boolean le) {
        return le ? (b[p] & 255) | (b[p + 1] & 255) << 8 : (b[p] & 255) << 8 | (b[p + 1] & 255);
    }

    private static long u32(byte[] b, int p, boolean le) {
        return le ? (u16(b, p, true) | (long) u16(b, p + 2, true) << 16) : ((long) u16(b, p, false) << 16 | u16(b, p + 2, false));
    }
}
