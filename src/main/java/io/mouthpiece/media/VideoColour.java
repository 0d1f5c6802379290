package io.mouthpiece.media;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;

/**
 * The colour description of an encoded video stream, and the one RGB↔YUV matrix that goes with it. The encoder
 * converts with exactly the matrix it tags ({@link RgbToYuv}), so players and editors that honour the tags show
 * the colours we rendered, and those that guess by picture size (BT.709 from 720 lines up, BT.601 below) guess
 * the same thing.
 *
 * <p>Our pictures are sRGB renders, whose primaries are BT.709's, so the primaries and the transfer are tagged
 * BT.709 at every size; only the matrix differs between SD and HD, as in broadcast practice. Range is always
 * limited ("tv", 16–235), the range every H.264, ProRes and VP9 player expects.
 *
 * @param matrix FFmpeg's name of the YUV matrix ({@code colorspace} option, ffprobe's {@code color_space})
 */
public record VideoColour(String matrix, String primaries, String transfer, String range) {
    /** HD and larger: BT.709 matrix, primaries and transfer, limited range. */
    public static final VideoColour BT709 = new VideoColour("bt709", "bt709", "bt709", "tv");
    /** SD: BT.601 matrix (SMPTE 170M, the same numbers as BT.470 BG), sRGB's BT.709 primaries and transfer, limited range. */
    public static final VideoColour BT601 = new VideoColour("smpte170m", "bt709", "bt709", "tv");

    /** The usual rule of players without tags, and ours: BT.709 from 1280 wide or 720 high, else BT.601. */
    public static VideoColour forSize(int width, int height) {
        return width >= 1280 || height >= 720 ? BT709 : BT601;
    }

    /**
     * A source's own description carried to an export of the same pictures (a dubbed shot): what the source states
     * is kept as it is (never converted), and only what it leaves unknown is filled in by the size rule. The
     * pictures were decoded with the same matrix ({@link #ofStream}), so encoding with it gives the source's YUV back.
     */
    public static VideoColour carried(String matrix, String primaries, String transfer, String range, int width, int height) {
        VideoColour guess = forSize(width, height);
        return new VideoColour(known(matrix) ? matrix : guess.matrix, known(primaries) ? primaries : guess.primaries,
                known(transfer) ? transfer : guess.transfer, known(range) ? range : guess.range);
    }

    private static boolean known(String s) {
        return s != null && !s.isBlank() && !s.equals("unknown") && !s.equals("unspecified") && !s.equals("reserved");
    }

    /** True for the BT.709 matrix. */
    public boolean isBt709() { return matrix.equals("bt709"); }

    /** The swscale coefficient table for the matrix (BT.601 for bt470bg/smpte170m and anything else it lacks). */
    int swsColorspace() {
        return switch (matrix) {
            case "bt709" -> swscale.SWS_CS_ITU709;
            case "bt2020nc", "bt2020c" -> swscale.SWS_CS_BT2020;
            case "fcc" -> swscale.SWS_CS_FCC;
            case "smpte240m" -> swscale.SWS_CS_SMPTE240M;
            default -> swscale.SWS_CS_SMPTE170M;
        };
    }

    /** 0 = limited (tv) range, 1 = full (pc) range, swscale's convention. */
    int swsRange() { return range.equals("pc") ? 1 : 0; }

    /**
     * The matrix to decode a stream with: its tag when it has one, else the guess by size. FFmpeg's AVCOL_SPC_*
     * numbers for the stream's colour space and AVCOL_RANGE_* for its range.
     */
    public static VideoColour ofStream(int avColorSpace, int avColorRange, int width, int height) {
        VideoColour guess = forSize(width, height);
        String m = switch (avColorSpace) {
            case avutil.AVCOL_SPC_BT709 -> "bt709";
            case avutil.AVCOL_SPC_SMPTE170M, avutil.AVCOL_SPC_BT470BG -> "smpte170m";
            case avutil.AVCOL_SPC_BT2020_NCL -> "bt2020nc";
            case avutil.AVCOL_SPC_BT2020_CL -> "bt2020c";
            default -> guess.matrix;
        };
        String r = avColorRange == avutil.AVCOL_RANGE_JPEG ? "pc" : "tv";
        return new VideoColour(m, guess.primaries, guess.transfer, r);
    }

    @Override
    public String toString() { return matrix + "/" + primaries + "/" + transfer + "/" + range; }
}
