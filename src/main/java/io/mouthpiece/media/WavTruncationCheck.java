package io.mouthpiece.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * FFmpeg's WAV demuxer quietly clamps a data chunk that runs past the end of the file, so a cut-off recording
 * would decode as shorter speech. This reads the RIFF chunk list and returns how many bytes are missing.
 */
final class WavTruncationCheck {
    private WavTruncationCheck() {}

    /**
     * Throws the user-facing error for a WAV cut off before the end its header declares (a copy or recording that
     * stopped early); nothing for other files.
     */
    static void refuseTruncated(Path file) throws io.mouthpiece.core.media.MediaException {
        java.util.Optional<String> t = truncation(file);
        if (t.isPresent()) throw new io.mouthpiece.core.media.MediaException(file.getFileName() + " " + t.get());
    }

    /** "is truncated: …" for a WAV cut off before the end its header declares; empty for whole files and other formats. */
    static java.util.Optional<String> truncation(Path file) {
        long missing = missingDataBytes(file).orElse(0);
        return missing <= 0 ? java.util.Optional.empty() : java.util.Optional.of(String.format(java.util.Locale.ROOT,
                "is truncated: its header declares %,d more bytes of sound than the file holds "
                        + "(a copy or recording that stopped early?)", missing));
    }

    /** Missing bytes of the data chunk, or empty when the file is not RIFF/WAVE or the header is unreadable. */
    private static OptionalLong missingDataBytes(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
            if (ch.read(b, 0) < 12) return OptionalLong.empty();
            if (b.getInt(0) != 0x46464952 /* RIFF */ || b.getInt(8) != 0x45564157 /* WAVE */) return OptionalLong.empty();
            long pos = 12;
            ByteBuffer h = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            for (int guard = 0; guard < 64 && pos + 8 <= size; guard++) {
                h.clear();
                if (ch.read(h, pos) < 8) return OptionalLong.empty();
                int id = h.getInt(0);
                long len = Integer.toUnsignedLong(h.getInt(4));
                if (id == 0x61746164 /* data */) {
                    if (len == 0xFFFFFFFFL || len == 0) return OptionalLong.empty(); // streamed WAV: size unknown
                    return OptionalLong.of(Math.max(0, pos + 8 + len - size));
                }
                pos += 8 + len + (len & 1);
            }
            return OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }
}
