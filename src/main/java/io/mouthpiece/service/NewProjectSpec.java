package io.mouthpiece.service;

import io.mouthpiece.core.project.ConsentRecord;
import io.mouthpiece.core.time.FrameRate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a new project starts with. A portrait makes a character and a take; audio adds a dialogue clip with its
 * transcript. A portrait of a real person needs a consent statement (see {@link ConsentRecord}).
 */
public record NewProjectSpec(String name, FrameRate frameRate, int width, int height, Path portrait, Path audio,
                             String transcript, ConsentRecord consent) {
    public NewProjectSpec {
        Objects.requireNonNull(frameRate, "frameRate");
        transcript = Objects.requireNonNullElse(transcript, "");
        consent = Objects.requireNonNullElse(consent, ConsentRecord.NOT_RECORDED);
        if (audio != null && portrait == null) throw new IllegalArgumentException("dialogue audio needs a portrait to speak it");
    }
}
