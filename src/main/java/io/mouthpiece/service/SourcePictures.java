package io.mouthpiece.service;

import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.face.RgbImage;
import io.mouthpiece.media.ImageReader;
import io.mouthpiece.media.VideoFrameReader;
import io.mouthpiece.render.SourceImage;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decodes a character's or take's picture (EXIF orientation applied) at full resolution, or downscaled on read when it
 * is over the {@link io.mouthpiece.media.PictureLimits} (face fitting, rig, thumbnails and exports all work from that
 * read picture). For a video this is its first frame: the GL rig animates a still, and per-frame video backgrounds come
 * with the video engines later.
 */
public final class SourcePictures {
    private SourcePictures() {}

    /** The picture of {@code media} inside {@code projectFolder}, as opaque ARGB. */
    public static BufferedImage read(Path projectFolder, MediaRef media) throws IOException {
        return readPicture(projectFolder, media).image();
    }

    /** As {@link #read}, with the size of the picture in the file (to tell the user when it was read downscaled). */
    public static ImageReader.Picture readPicture(Path projectFolder, MediaRef media) throws IOException {
        if (media.kind() == MediaKind.AUDIO) throw new MediaException(media.path() + " is audio, not a picture");
        Path file = projectFolder.resolve(media.path());
        if (!Files.isRegularFile(file)) throw new MediaException("The picture " + media.path() + " is missing from the project folder");
        if (media.kind() == MediaKind.VIDEO) {
            try (VideoFrameReader r = VideoFrameReader.open(file)) {
                VideoFrameReader.VideoFrame f = r.next();
                if (f == null) throw new MediaException("The video " + media.path() + " has no frames");
                return new ImageReader.Picture(f.image(), f.image().getWidth(), f.image().getHeight());
            }
        }
        return ImageReader.decode(file);
    }

    public static SourceImage toSource(BufferedImage img) {
        return opaque(img.getWidth(), img.getHeight(), ImageReader.pixels(img));
    }

    /** As {@link #toSource}, taking over the pixels of a picture just read and not used again (no copy of them). */
    public static SourceImage takeSource(BufferedImage img) {
        return opaque(img.getWidth(), img.getHeight(), ImageReader.takePixels(img));
    }

    /** The picture of {@code media} for the renderer (the decoded copy is not kept). */
    public static SourceImage readSource(Path projectFolder, MediaRef media) throws IOException {
        return takeSource(read(projectFolder, media));
    }

    private static SourceImage opaque(int w, int h, int[] argb) {
        for (int i = 0; i < argb.length; i++) argb[i] |= 0xff000000;
        return new SourceImage(w, h, argb);
    }

    public static RgbImage toRgb(SourceImage img) {
        int[] rgb = img.argb().clone();
        for (int i = 0; i < rgb.length; i++) rgb[i] &= 0xffffff;
        return new RgbImage(img.width(), img.height(), rgb);
    }
}
