package io.mouthpiece.inference;

/**
 * How sessions run. CPU with one intra-op thread is the default: these models take 1-6 ms, so more threads only
 * add synchronisation, and several analysis workers each own a session anyway. {@code gpu} asks for CUDA, which
 * only works with the {@code -Pgpu} build (onnxruntime_gpu) on a machine with a matching CUDA.
 */
public record InferenceOptions(boolean gpu, int gpuId, int intraOpThreads, int interOpThreads) {
    public static final InferenceOptions CPU = new InferenceOptions(false, 0, 1, 1);

    public InferenceOptions {
        if (intraOpThreads < 1 || interOpThreads < 1) throw new IllegalArgumentException("threads must be >= 1");
    }

    public static InferenceOptions gpu(int deviceId) { return new InferenceOptions(true, deviceId, 1, 1); }

    /** From system properties {@code mouthpiece.gpu=true|<id>} and {@code mouthpiece.threads=N}; CPU/1 otherwise. */
    public static InferenceOptions fromSystemProperties() {
        String g = System.getProperty("mouthpiece.gpu", "false").trim();
        int threads = Integer.getInteger("mouthpiece.threads", 1);
        if (g.equals("false") || g.isEmpty()) return new InferenceOptions(false, 0, threads, 1);
        int id = g.equals("true") ? 0 : Integer.parseInt(g);
        return new InferenceOptions(true, id, threads, 1);
    }
}
