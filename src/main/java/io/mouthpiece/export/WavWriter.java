package io.mouthpiece.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** 16-bit PCM WAV, streamed; the length is known up front so the header is written first. */
final class WavWriter implements AutoCloseable {
    private final OutputStream out;
    private final byte[] buf = new byte[8192];

    WavWriter(Path file, int rate, int channels, long sampleFrames) throws IOException {
        long dataBytes = sampleFrames * channels * 2;
        if (dataBytes > 0xffffffffL - 36) throw new IOException("sound too long for a WAV file");
        out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        out.write(new byte[] {'R', 'I', 'F', 'F'});
        le32(36 + dataBytes);
        out.write(new byte[] {'W', 'A', 'V', 'E', 'f', 'm', 't', ' '});
        le32(16);
        le16(1);
        le16(channels);
        le32(rate);
        le32((long) rate * channels * 2);
        le16(channels * 2);
        le16(16);
        out.write(new byte[] {'d', 'a', 't', 'a'});
        le32(dataBytes);
    }

    void write(float[] interleaved, int n) throws IOException {
        int j = 0;
        for (int i = 0; i < n; i++) {
            int s = Math.round(Math.max(-1f, Math.min(1f, interleaved[i])) * 32767f);
            buf[j++] = (byte) s;
            buf[j++] = (byte) (s >> 8);
            if (j == buf.length) {
                out.write(buf, 0, j);
                j = 0;
            }
        }
        out.write(buf, 0, j);
    }

    private void le32(long v) throws IOException {
        out.write((int) v);
        out.write((int) (v >> 8));
        out.write((int) (v >> 16));
        out.write((int) (v >> 24));
    }

    private void le16(int v) throws IOException {
        out.write(v);
        out.write(v >> 8);
    }

    @Override
    public void close() throws IOException { out.close(); }
}
