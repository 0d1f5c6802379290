package io.mouthpiece.ui.export;

import io.mouthpiece.export.Background;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screenshot staging for docs ({@code -Dmouthpiece.screenshot.export=dialog|queue}): the export dialog on the current
 * take, or the render queue with a finished job, a running one and a waiting one. Writes the PNG, then runs {@code after}.
 */
public final class ExportShots {
    public static final String PROPERTY = "mouthpiece.screenshot.export";
    private static final Logger log = LoggerFactory.getLogger(ExportShots.class);

    private ExportShots() {}

    public static void stage(String what, ExportAction export, javafx.stage.Window owner, Path target, Runnable after) {
        if ("dialog".equals(what)) dialog(export, owner, target, after);
        else queue(export, target, after);
    }

    private static void dialog(ExportAction export, javafx.stage.Window owner, Path target, Runnable after) {
        Dialog<ButtonType> d = export.dialogForShot();
        if (d == null) { after.run(); return; }
        d.show();
        PauseTransition wait = new PauseTransition(Duration.millis(1500));
        wait.setOnFinished(e -> {
            write(d.getDialogPane().getScene(), target);
            d.close();
            after.run();
        });
        wait.play();
    }

    private static void queue(ExportAction export, Path target, Runnable after) {
        Path dir;
        try {
            dir = Files.createTempDirectory("mouthpiece-shot-");
        } catch (IOException e) {
            after.run();
            return;
        }
        var scene = export.currentScene();
        if (scene == null) { after.run(); return; }
        var rate = scene.frameRate();
        int w = scene.project().width(), h = scene.project().height();
        try {
            // A job that fails at once (its folder is a file), to show how a failure reads.
            Path blocker = Files.writeString(dir.resolve("renders"), "not a folder");
            export.queue(ExportSpec.of(ExportPreset.WEBM_VP9_ALPHA, ExportSpec.Range.IN_OUT, w, h, rate, Background.TRANSPARENT,
                    blocker.resolve("take-game.webm")));
        } catch (IOException e) {
            log.warn("no failing job in the shot: {}", e.getMessage());
        }
        export.queue(ExportSpec.of(ExportPreset.WEB_MP4, ExportSpec.Range.IN_OUT, w, h, rate, Background.KEEP, dir.resolve("take-web.mp4")));
        export.queue(ExportSpec.of(ExportPreset.PRORES_4444, ExportSpec.Range.WHOLE_TAKE, w, h, rate, Background.KEEP, dir.resolve("take-edit.mov")));
        export.queue(ExportSpec.of(ExportPreset.PNG_SEQUENCE, ExportSpec.Range.WHOLE_TAKE, w, h, rate, Background.KEEP, dir.resolve("take-frames")));
        var jobs = export.queue().jobs();
        javafx.animation.Timeline poll = new javafx.animation.Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(200), e -> {
            QueueJob running = jobs.get(jobs.size() - 2);
            boolean ready = jobs.get(jobs.size() - 3).state() == QueueJob.State.DONE && running.state() == QueueJob.State.RENDERING
                    && running.progressProperty().get() > 0.3;
            if (!ready && !running.state().isFinished()) return;
            poll.stop();
            write(export.queueWindow().getScene(), target);
            jobs.forEach(j -> export.queue().cancel(j));
            after.run();
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
    }

    private static void write(Scene scene, Path target) {
        try {
            Path abs = target.toAbsolutePath();
            if (abs.getParent() != null) Files.createDirectories(abs.getParent());
            Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", tmp.toFile());
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            log.info("screenshot written to {}", abs);
        } catch (IOException ex) {
            log.error("cannot write screenshot {}: {}", target, ex.getMessage());
        }
    }

}
