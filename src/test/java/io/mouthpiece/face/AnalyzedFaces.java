package io.mouthpiece.face;

import io.mouthpiece.core.face.ImageFaces;

import java.util.HashMap;
import java.util.Map;

/** Analysis results of the test images, computed once per test JVM. */
public final class AnalyzedFaces {
    private static final Map<String, ImageFaces> CACHE = new HashMap<>();

    private AnalyzedFaces() {}

    public static synchronized ImageFaces of(String image) {
        return CACHE.computeIfAbsent(image, n -> {
            try (FaceAnalyzer a = Fixtures.analyzer()) {
                return a.analyze(RgbImage.of(Fixtures.image(n)));
            }
        });
    }

    public static RgbImage image(String name) { return RgbImage.of(Fixtures.image(name)); }

    public static FaceTopology topology() { return Fixtures.topology(); }
}
