package io.mouthpiece.media;

import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.media.MediaInfo;
import io.mouthpiece.core.media.MediaProber;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.time.Rational;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegLogCallback;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Probes media through FFmpeg (JavaCV) without decoding it. */
public final class FfmpegMediaProber implements MediaProber {
    private static final Set<String> IMAGE_FORMATS = Set.of("image2", "png_pipe", "jpeg_pipe", "webp_pipe", "bmp_pipe",
            "tiff_pipe", "gif", "gif_pipe", "qoi_pipe", "psd_pipe", "exr_pipe", "pgm_pipe", "ppm_pipe");

    static {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        FFmpegLogCallback.setLevel(avutil.AV_LOG_ERROR);
    }

    @Override
    public MediaInfo probe(Path file) throws MediaException {
        if (!Files.isRegularFile(file)) throw new MediaException("No such file: " + file);
        if (!Files.isReadable(file)) throw new MediaException("Cannot read " + file + " (permission denied)");
        ImageReader.Header header = ImageReader.header(file);
        if (header != null && !PictureLimits.ffmpegCanRead(header.width(), header.height())) return still(header); // spares FFmpeg's error lines
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile())) {
            try {
                g.start();
            } catch (FFmpegFrameGrabber.Exception e) {
                MediaInfo still = fromHeader(file);
                if (still != null) return still;
                throw new MediaException(file.getFileName() + " is not a media file Mouthpiece can read (" + e.getMessage() + ")", e);
            }
            String format = String.valueOf(g.getFormat()).toLowerCase(Locale.ROOT);
            boolean video = g.hasVideo() && g.getImageWidth() > 0;
            boolean audio = g.hasAudio() && g.getAudioChannels() > 0;
            if (!video && !audio) {
                MediaInfo still = fromHeader(file);
                if (still != null) return still;
                throw new MediaException(file.getFileName() + " has neither pictures nor sound");
            }
            long micros = g.getLengthInTime();
            Rational duration = micros > 0 ? Rational.of(micros, 1_000_000) : null;
            MediaKind kind;
            if (video && (isImageFormat(format) || (!audio && g.getLengthInVideoFrames() <= 1))) {
                kind = MediaKind.IMAGE;
                duration = null;
            } else if (video) {
                kind = MediaKind.VIDEO;
            } else {
                kind = MediaKind.AUDIO;
            }
            if (audio) WavTruncationCheck.refuseTruncated(file); // FFmpeg would report the shorter length as whole
            if (kind != MediaKind.IMAGE && duration == null) {
                throw new MediaException(file.getFileName() + " has no readable duration (truncated or still being written?)");
            }
            return new MediaInfo(kind, duration, video ? g.getImageWidth() : 0, video ? g.getImageHeight() : 0,
                    audio ? g.getSampleRate() : 0, audio ? g.getAudioChannels() : 0, format);
        } catch (MediaException e) {
            throw e;
        } catch (Exception e) {
            throw new MediaException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * FFmpeg sees no picture in a file over about 268 megapixels; ImageIO reads such a picture's size from its header
     * (and {@link ImageReader} reads it downscaled).
     */
    private static MediaInfo fromHeader(Path file) {
        return still(ImageReader.header(file));
    }

    private static MediaInfo still(ImageReader.Header h) {
        return h == null || h.width() <= 0 || h.height() <= 0 ? null
                : new MediaInfo(MediaKind.IMAGE, null, h.width(), h.height(), 0, 0, h.format() + "_pipe");
    }

    private static boolean isImageFormat(String format) {
        for (String f : format.split(",")) if (IMAGE_FORMATS.contains(f.strip())) return true;
        return false;
    }
}
