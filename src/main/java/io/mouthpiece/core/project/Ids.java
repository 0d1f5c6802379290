package io.mouthpiece.core.project;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Short random ids for new objects ("act-3f9a1c2e"). Ids are created before an edit runs, so redo reuses them. */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    public static String next(String prefix) {
        byte[] b = new byte[4];
        RANDOM.nextBytes(b);
        return prefix + "-" + HexFormat.of().formatHex(b);
    }
}
