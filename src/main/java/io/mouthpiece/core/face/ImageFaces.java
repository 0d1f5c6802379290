package io.mouthpiece.core.face;

import java.util.List;

/** All faces found in one image, best score first. */
public record ImageFaces(int width, int height, List<FaceAnalysis> faces) {
    public ImageFaces {
        faces = List.copyOf(faces);
    }
}
