package io.mouthpiece.inference;

import java.util.Arrays;

/** A named float32 tensor in row-major (C) order; the only currency between the app and a model session. */
public record Tensor(String name, long[] shape, float[] data) {
    public Tensor {
        long n = 1;
        for (long d : shape) n *= d;
        if (n != data.length)
            throw new IllegalArgumentException("tensor " + name + ": shape " + Arrays.toString(shape)
                    + " needs " + n + " values, got " + data.length);
    }

    public static Tensor of(String name, float[] data, long... shape) { return new Tensor(name, shape, data); }
}
