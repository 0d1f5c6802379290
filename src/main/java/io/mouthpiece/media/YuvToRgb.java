package io.mouthpiece.media;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

/**
 * Converts decoded pictures (any FFmpeg pixel format) to ARGB ints with the matrix and range the picture is tagged
 * with ({@link VideoColour#ofStream}: the guess by size when it has no tag), the way the ffmpeg command and players
 * that honour tags do. JavaCV's grabber would use swscale's default BT.601 matrix for every stream, which shifts the
 * colours of a BT.709 (HD) video. Not thread-safe; one per reader.
 */
final class YuvToRgb implements AutoCloseable {
    private SwsContext sws;
    private int w = -1, h = -1, fmt = -1;
    private VideoColour colour;
    private ByteBuffer out;
    private final PointerPointer<?> dst = new PointerPointer<>(4);
    private final IntPointer dstStride = new IntPointer(4);
    private boolean closed;

    /** The matrix the last picture was converted with (null before the first). */
    VideoColour colour() { return colour; }

    /** Converts {@code frame} and returns {@code width*height} native-order ARGB ints in a reused buffer. */
    IntBuffer convert(AVFrame frame) {
        int fw = frame.width(), fh = frame.height(), ff = frame.format();
        VideoColour c = VideoColour.ofStream(frame.colorspace(), frame.color_range(), fw, fh);
        if (fw != w || fh != h || ff != fmt || !c.equals(colour)) {
            if (sws != null) swscale.sws_freeContext(sws);
            int flags = swscale.SWS_BICUBIC | swscale.SWS_ACCURATE_RND | swscale.SWS_FULL_CHR_H_INT | swscale.SWS_BITEXACT;
            sws = swscale.sws_getContext(fw, fh, ff, fw, fh, RgbToYuv.NATIVE_ARGB, flags, null, null, (DoublePointer) null);
            if (sws == null) throw new IllegalStateException("FFmpeg cannot convert " + avutil.av_get_pix_fmt_name(ff).getString() + " pictures to RGB");
            IntPointer table = swscale.sws_getCoefficients(c.swsColorspace());
            swscale.sws_setColorspaceDetails(sws, table, c.swsRange(), table, 1, 0, 1 << 16, 1 << 16);
            if (fw != w || fh != h) {
                out = ByteBuffer.allocateDirect(fw * fh * 4).order(ByteOrder.nativeOrder());
                dst.put(0, new org.bytedeco.javacpp.BytePointer(out));
                dstStride.put(0, fw * 4);
            }
            w = fw;
            h = fh;
            fmt = ff;
            colour = c;
        }
        swscale.sws_scale(sws, frame.data(), frame.linesize(), 0, fh, dst, dstStride);
        return out.asIntBuffer();
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        if (sws != null) swscale.sws_freeContext(sws);
        dst.close();
        dstStride.close();
    }
}
