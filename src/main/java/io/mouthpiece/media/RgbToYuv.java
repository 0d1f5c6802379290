package io.mouthpiece.media;

import io.mouthpiece.core.media.MediaException;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Converts native-order ARGB pictures into one contiguous buffer of an encoder's pixel format (planes back to back,
 * no row padding, the layout {@code av_image_fill_arrays(..., align 1)} describes) with the matrix and range of a
 * {@link VideoColour}. JavaCV's recorder would otherwise convert with swscale's default BT.601 matrix whatever the
 * stream is tagged with; handing it pictures already in the codec's format makes it pass them through untouched.
 * Not thread-safe; one per encoder.
 */
final class RgbToYuv implements AutoCloseable {
    /** FFmpeg's name for the byte order of native ARGB ints on this machine. */
    static final int NATIVE_ARGB = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN
            ? avutil.AV_PIX_FMT_BGRA : avutil.AV_PIX_FMT_ARGB;

    private final int width, height, pixelFormat;
    private final SwsContext sws;
    private final ByteBuffer out;
    private final BytePointer outPtr;
    private final PointerPointer<BytePointer> srcPlanes = new PointerPointer<>(4);
    private final IntPointer srcStrides;
    private final PointerPointer<BytePointer> dstPlanes = new PointerPointer<>(4);
    private final IntPointer dstStrides = new IntPointer(4);
    private BytePointer srcPtr;
    private ByteBuffer srcOf;
    private boolean closed;

    RgbToYuv(int width, int height, int pixelFormat, VideoColour colour) throws MediaException {
        this.width = width;
        this.height = height;
        this.pixelFormat = pixelFormat;
        // Accurate rounding and full-resolution chroma input: flat colours come back within a level of the matrix.
        int flags = swscale.SWS_BICUBIC | swscale.SWS_ACCURATE_RND | swscale.SWS_FULL_CHR_H_INP | swscale.SWS_BITEXACT;
        sws = swscale.sws_getContext(width, height, NATIVE_ARGB, width, height, pixelFormat, flags, null, null, (DoublePointer) null);
        if (sws == null) throw new MediaException("FFmpeg cannot convert pictures to " + avutil.av_get_pix_fmt_name(pixelFormat).getString());
        IntPointer table = swscale.sws_getCoefficients(colour.swsColorspace());
        // RGB input: the source table and range are unused; the destination table and range set the matrix.
        int ret = swscale.sws_setColorspaceDetails(sws, table, 1, table, colour.swsRange(), 0, 1 << 16, 1 << 16);
        if (ret < 0) {
            swscale.sws_freeContext(sws);
            throw new MediaException("FFmpeg cannot convert pictures to " + colour + " " + avutil.av_get_pix_fmt_name(pixelFormat).getString());
        }
        int size = avutil.av_image_get_buffer_size(pixelFormat, width, height, 1);
        out = ByteBuffer.allocateDirect(size).order(ByteOrder.nativeOrder());
        outPtr = new BytePointer(out);
        avutil.av_image_fill_arrays(dstPlanes, dstStrides, outPtr, pixelFormat, width, height, 1);
        srcStrides = new IntPointer(new int[] {width * 4, 0, 0, 0});
    }

    int pixelFormat() { return pixelFormat; }

    /** Bytes per sample of plane 0 in the output: 1 for 8-bit formats, 2 for 10-bit ones. */
    int bytesPerSample() {
        return dstStrides.get(0) / width;
    }

    /** Converts one picture ({@code width*height} native ARGB ints in a direct buffer) and returns the output buffer. */
    ByteBuffer convert(ByteBuffer argbNative) {
        if (argbNative != srcOf) {
            if (srcPtr != null) srcPtr.close();
            srcPtr = new BytePointer(argbNative).position(0);
            srcOf = argbNative;
            srcPlanes.put(0, srcPtr);
        }
        swscale.sws_scale(sws, srcPlanes, srcStrides, 0, height, dstPlanes, dstStrides);
        return out.clear();
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        swscale.sws_freeContext(sws);
        if (srcPtr != null) srcPtr.close();
        srcPlanes.close();
        dstPlanes.close();
        srcStrides.close();
        dstStrides.close();
        outPtr.close();
    }
}
