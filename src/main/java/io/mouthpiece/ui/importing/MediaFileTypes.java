package io.mouthpiece.ui.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * File name extensions the studio offers to import. Only used to accept a drag before its drop (a drag cannot wait for
 * a probe) and to filter the file chooser; the importer itself probes every file and refuses what it cannot read.
 */
public final class MediaFileTypes {
    public static final List<String> IMAGES = List.of("png", "jpg", "jpeg", "webp", "bmp", "gif", "tif", "tiff");
    public static final List<String> VIDEOS = List.of("mp4", "mov", "mkv", "webm", "avi", "m4v");
    public static final List<String> AUDIO = List.of("wav", "mp3", "m4a", "aac", "flac", "ogg", "opus", "aif", "aiff");
    private static final Set<String> ALL = Set.copyOf(java.util.stream.Stream.of(IMAGES, VIDEOS, AUDIO)
            .flatMap(List::stream).toList());

    private MediaFileTypes() {}

    public static boolean looksLikeMedia(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot > 0 && ALL.contains(n.substring(dot + 1)) && !Files.isDirectory(p);
    }

    /** True when the dropped files hold some media file (the importer then reports any others it cannot use). */
    public static boolean anyMedia(List<Path> files) {
        return files.stream().anyMatch(MediaFileTypes::looksLikeMedia);
    }
}
