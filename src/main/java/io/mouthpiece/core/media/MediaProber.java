package io.mouthpiece.core.media;

import java.nio.file.Path;

/** Tells what a file is (image, video, audio) and how long; implemented over FFmpeg in {@code media}. */
public interface MediaProber {
    MediaInfo probe(Path file) throws MediaException;
}
