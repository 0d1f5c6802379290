package io.mouthpiece.lipsync;

import io.mouthpiece.core.settings.InstallLookup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds files under models/lipsync/ (models folder by the app-wide {@link InstallLookup} rule: the system property
 * {@code mouthpiece.models}, then beside the code, then ./models). Nothing is ever downloaded.
 */
public final class LipsyncModels {
    public static final String CLASSIFIER = "viseme-mlp.bin";
    /**
     * The classifier whose posteriors the transcript aligner reads (model v2). Audio-only analysis uses {@link #CLASSIFIER}
     * (v4 since round 8; v3 before it), which is better from audio alone but (v3, measured) places word-initial r of
     * real speech later under alignment (card).
     */
    public static final String ALIGN_CLASSIFIER = "viseme-align-mlp.bin";
    /** CMU pronouncing dictionary (BSD-2, see models/lipsync/cmudict-LICENSE.txt). */
    public static final String LEXICON = "cmudict-en-us.dict.gz";

    private LipsyncModels() {}

    /** A file under {@code models/lipsync/}, with the models folder found by the app-wide {@link InstallLookup} rule. */
    public static Path find(String name) throws IOException {
        Optional<Path> root = InstallLookup.find("models", "mouthpiece.models");
        Path f = root.map(r -> r.resolve("lipsync").resolve(name)).orElse(null);
        if (f == null || !Files.isRegularFile(f)) {
            throw new IOException("lip-sync model file models/lipsync/" + name + " not found (looked in "
                    + root.map(List::of).orElse(InstallLookup.candidates("models")) + ")");
        }
        return f;
    }

    public static VisemeClassifier loadClassifier() throws IOException {
        return VisemeClassifier.load(find(CLASSIFIER));
    }

    /** The classifier for transcript alignment ({@link #ALIGN_CLASSIFIER}). */
    public static VisemeClassifier loadAlignClassifier() throws IOException {
        return VisemeClassifier.load(find(ALIGN_CLASSIFIER));
    }

    /** The English pronouncer (dictionary + letter-to-sound rules); loading takes about a quarter second. */
    public static io.mouthpiece.lipsync.text.Pronouncer loadPronouncer() throws IOException {
        return new io.mouthpiece.lipsync.text.Pronouncer(io.mouthpiece.lipsync.text.Lexicon.load(find(LEXICON)));
    }
}
