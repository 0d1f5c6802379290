package io.mouthpiece.lipsync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds files under models/lipsync/: the system property {@code mouthpiece.models} first, then ./models, then
 * models/ beside or above the running jar. Nothing is ever downloaded.
 */
public final class LipsyncModels {
    public static final String CLASSIFIER = "viseme-mlp.bin";
    /** CMU pronouncing dictionary (BSD-2, see models/lipsync/cmudict-LICENSE.txt). */
    public static final String LEXICON = "cmudict-en-us.dict.gz";

    private LipsyncModels() {}

    public static Path find(String name) throws IOException {
        List<Path> roots = new ArrayList<>();
        String prop = System.getProperty("mouthpiece.models");
        if (prop != null) roots.add(Path.of(prop));
        roots.add(Path.of("models"));
        try {
            Path jar = Path.of(LipsyncModels.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(jar) ? jar : jar.getParent();
            for (Path d = dir; d != null; d = d.getParent()) roots.add(d.resolve("models"));
        } catch (Exception ignored) {
            // unusual class loader: the explicit locations above still apply
        }
        for (Path r : roots) {
            Path f = r.resolve("lipsync").resolve(name);
            if (Files.isRegularFile(f)) return f;
        }
        throw new IOException("lip-sync model file models/lipsync/" + name + " not found (looked in " + roots + ")");
    }

    public static VisemeClassifier loadClassifier() throws IOException {
        return VisemeClassifier.load(find(CLASSIFIER));
    }

    /** The English pronouncer (dictionary + letter-to-sound rules); loading takes about a quarter second. */
    public static io.mouthpiece.lipsync.text.Pronouncer loadPronouncer() throws IOException {
        return new io.mouthpiece.lipsync.text.Pronouncer(io.mouthpiece.lipsync.text.Lexicon.load(find(LEXICON)));
    }
}
