package io.mouthpiece.service;

import io.mouthpiece.core.face.EyeIris;
import io.mouthpiece.core.face.FaceAnalysis;
import io.mouthpiece.core.face.FaceBox;
import io.mouthpiece.core.face.FaceLandmarks;
import io.mouthpiece.core.face.HeadPose;
import io.mouthpiece.core.face.IrisPair;
import io.mouthpiece.core.persist.AnalysisCache;
import io.mouthpiece.face.FrameCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class VideoFaceCacheTest {
    @TempDir Path dir;

    @Test
    void framesSurviveBetweenRunsAndOtherSettingsMiss() throws Exception {
        float[] xyz = new float[468 * 3];
        for (int i = 0; i < xyz.length; i++) xyz[i] = i * 0.5f;
        FaceAnalysis face = new FaceAnalysis(0.93, new FaceBox(10, 20, 110, 140), new FaceLandmarks(640, 360, xyz),
                new IrisPair(new EyeIris(40, 50, 4, 0.8), new EyeIris(80, 50, 4, 0.7)), new HeadPose(3, -2, 1),
                FaceAnalysis.Source.TRACKED);
        FrameCache fc = new FrameCache();
        fc.put("s:640x360:abc", new FrameCache.Entry(face, xyz));
        fc.put("s:640x360:def", new FrameCache.Entry(null, null)); // a frame where the face was lost
        VideoFaceCache store = new VideoFaceCache(new AnalysisCache(dir));
        String key = VideoFaceCache.key("sha-of-clip", "Options[faceIndex=0]");
        store.save(key, fc);

        FrameCache back = store.load(key);
        assertEquals(2, back.size());
        assertEquals(face, back.get("s:640x360:abc").orElseThrow().result());
        assertArrayEquals(xyz, back.get("s:640x360:abc").orElseThrow().rawLandmarks());
        assertNull(back.get("s:640x360:def").orElseThrow().result());
        assertEquals(0, store.load(VideoFaceCache.key("sha-of-clip", "Options[faceIndex=1]")).size(), "other settings miss");

        try (var s = Files.walk(dir)) {
            Path entry = s.filter(Files::isRegularFile).findFirst().orElseThrow();
            Files.writeString(entry, "{damaged");
        }
        assertEquals(0, store.load(key).size(), "a damaged entry is a miss, not an error");
    }
}
