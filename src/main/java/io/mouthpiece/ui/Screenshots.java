package io.mouthpiece.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes a PNG of the window for docs and smoke tests ({@code -Dmouthpiece.screenshot=PATH}). */
final class Screenshots {
    private static final Logger log = LoggerFactory.getLogger(Screenshots.class);
    private static final Duration SETTLE = Duration.millis(1200);

    private Screenshots() {}

    /** After layout, CSS and images have settled, snapshots the scene to {@code target}, then runs {@code after}. */
    static void writeWhenSettled(Scene scene, Path target, Runnable after) {
        writeAfter(scene, target, SETTLE, after);
    }

    /** As {@link #writeWhenSettled} with an explicit delay. */
    static void writeAfter(Scene scene, Path target, Duration delay, Runnable after) {
        PauseTransition wait = new PauseTransition(delay);
        wait.setOnFinished(e -> {
            WritableImage image = scene.snapshot(null);
            try {
                Path abs = target.toAbsolutePath();
                if (abs.getParent() != null) Files.createDirectories(abs.getParent());
                Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", tmp.toFile());
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                log.info("screenshot written to {}", abs);
            } catch (IOException ex) {
                log.error("cannot write screenshot {}: {}", target, ex.getMessage());
            }
            if (after != null) after.run();
        });
        wait.play();
    }
}
