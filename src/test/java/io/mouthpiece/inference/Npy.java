package io.mouthpiece.inference;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Minimal reader for the reference .npy files: float32 little-endian, C order, format versions 1-3. */
public record Npy(long[] shape, float[] data) {
    public static Npy read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[6];
        b.get(magic);
        if (!new String(magic, StandardCharsets.ISO_8859_1).equals("\u0093NUMPY")) throw new IOException("not npy: " + file);
        int major = b.get();
        b.get();
        int headerLen = major == 1 ? Short.toUnsignedInt(b.getShort()) : b.getInt();
        byte[] hb = new byte[headerLen];
        b.get(hb);
        String header = new String(hb, StandardCharsets.ISO_8859_1);
        if (!header.contains("'<f4'")) throw new IOException("only little-endian float32 supported: " + header);
        if (header.contains("'fortran_order': True")) throw new IOException("Fortran order not supported");
        String sh = header.substring(header.indexOf("'shape': (") + 10);
        sh = sh.substring(0, sh.indexOf(')'));
        long[] shape = Arrays.stream(sh.split(",")).map(String::trim).filter(s -> !s.isEmpty()).mapToLong(Long::parseLong).toArray();
        long n = Arrays.stream(shape).reduce(1, (x, y) -> x * y);
        float[] data = new float[(int) n];
        b.asFloatBuffer().get(data);
        return new Npy(shape, data);
    }

    public Tensor tensor(String name) { return new Tensor(name, shape, data); }
}
