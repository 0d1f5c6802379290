package io.mouthpiece.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.app.TakeServices;
import io.mouthpiece.core.task.PooledTaskExecutor;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.export.Background;
import io.mouthpiece.export.Decoded;
import io.mouthpiece.render.gl.GlThread;
import io.mouthpiece.service.TakeScene;
import io.mouthpiece.ui.task.FxJobRunner;
import io.mouthpiece.ui.task.JobsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The render queue with the real render + export services on the analysed sample (Mesa GL, FFmpeg): jobs run in
 * order, outputs decode back, cancel leaves nothing, a failure does not stop the queue. The test thread plays the FX
 * thread by draining the queue of callbacks.
 */
class ExportQueueViewModelTest {
    @TempDir static Path shared;
    @TempDir Path out;
    static TakeServices takes;
    static QueueSample sample;

    final LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    final AtomicInteger glStarts = new AtomicInteger();
    PooledTaskExecutor pool;
    QueueRenderer renderer;
    ExportQueueViewModel vm;

    @BeforeAll
    static void analyse() throws Exception {
        takes = new TakeServices(Path.of("models"));
        long t0 = System.nanoTime();
        sample = new QueueSample(takes, shared.resolve("samples"), Rational.of(2));
        System.out.printf("sample (2 s) analysed in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }

    @AfterAll
    static void close() { takes.close(); }

    @BeforeEach
    void queue() {
        pool = new PooledTaskExecutor(1);
        renderer = new QueueRenderer(() -> {
            glStarts.incrementAndGet();
            return GlThread.start("mouthpiece-export");
        }, takes::render);
        vm = new ExportQueueViewModel(new FxJobRunner(pool, fx::add, new JobsViewModel()), fx::add, renderer, System::nanoTime);
    }

    @AfterEach
    void stop() {
        pool.close();
        renderer.close();
    }

    void drainUntil(BooleanSupplier done, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Runnable r = fx.poll(20, TimeUnit.MILLISECONDS);
            if (r != null) r.run();
        }
    }

    static ExportSpec spec(ExportPreset p, int w, int h, Path file) {
        return ExportSpec.of(p, ExportSpec.Range.IN_OUT, w, h, FrameRate.FPS_25, Background.KEEP, file);
    }

    static List<Path> list(Path dir) throws Exception {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).sorted().toList();
        }
    }

    @Test
    void twoJobsRunInOrderOnTheirOwnGlAndDecodeBack() throws Exception {
        TakeScene tenFrames = sample.inOut(Rational.of(2, 5), Rational.of(4, 5));   // 0.4 s at 25 fps
        Path mp4 = out.resolve("web/take.mp4");
        Path png = out.resolve("seq/take");
        List<String> started = new ArrayList<>();
        long t0 = System.nanoTime();
        QueueJob a = vm.enqueue(tenFrames, sample.folder, spec(ExportPreset.WEB_MP4, 320, 180, mp4));
        QueueJob b = vm.enqueue(tenFrames, sample.folder, spec(ExportPreset.PNG_SEQUENCE, 256, 256, png));
        for (QueueJob j : List.of(a, b)) {
            j.stateProperty().addListener((o, x, s) -> { if (s == QueueJob.State.RENDERING) started.add(j.name() + " " + j.preset()); });
        }
        assertEquals(QueueJob.State.RENDERING, a.state(), "the first job starts at once");
        assertEquals(QueueJob.State.QUEUED, b.state(), "the second waits");
        assertTrue(vm.busyProperty().get());
        drainUntil(() -> b.state().isFinished(), 20);
        System.out.printf("two 10-frame jobs done in %d ms (%s; %s)%n", (System.nanoTime() - t0) / 1_000_000,
                a.timingProperty().get(), b.timingProperty().get());

        assertEquals(QueueJob.State.DONE, a.state(), a.messageProperty().get() + "\n" + a.details());
        assertEquals(QueueJob.State.DONE, b.state(), b.messageProperty().get() + "\n" + b.details());
        assertEquals(List.of("Take 1 PNG sequence"), started, "the PNG job started after the MP4 one finished");
        assertTrue(a.timingProperty().get().startsWith("took "), a.timingProperty().get());
        Decoded d = Decoded.of(mp4, false);
        assertEquals(10, d.frames.size());
        assertEquals(320, d.width);
        assertEquals("h264", d.videoCodec.contains("264") ? "h264" : d.videoCodec);
        assertTrue(d.audioSeconds() > 0.35, "the line's sound is in the MP4: " + d.audioSeconds());
        List<Path> pngs = list(png).stream().filter(p -> p.toString().endsWith(".png")).toList();
        assertEquals(10, pngs.size(), list(png).toString());
        assertEquals(256, javax.imageio.ImageIO.read(pngs.getFirst().toFile()).getWidth());
        assertTrue(Files.isRegularFile(png.resolve("audio.wav")) || list(png).stream().anyMatch(p -> p.toString().endsWith(".wav")));
        assertEquals(1, glStarts.get(), "one export GL thread for the whole run");
        assertFalse(renderer.hasGl(), "the export GL thread is closed once the queue is idle");
        assertFalse(vm.busyProperty().get());

        vm.clearFinished();
        assertTrue(vm.jobs().isEmpty());
    }

    @Test
    void cancelMidRenderLeavesNoFileAndNoTemporary() throws Exception {
        Path mp4 = out.resolve("cancel/take.mp4");
        QueueJob j = vm.enqueue(sample.inOut(Rational.ZERO, Rational.of(2)), sample.folder, spec(ExportPreset.WEB_MP4, 640, 360, mp4));
        double[] at = {-1};
        drainUntil(() -> {
            double f = j.progressProperty().get();
            if (at[0] < 0 && f > 0 && f < 0.5 && j.messageProperty().get().startsWith("frame")) {
                at[0] = f;
                vm.cancel(j);
            }
            return j.state().isFinished();
        }, 20);
        System.out.printf("cancelled at %.0f%% of 50 frames%n", at[0] * 100);
        assertTrue(at[0] > 0, "cancelled mid-render");
        assertEquals(QueueJob.State.CANCELLED, j.state());
        assertEquals(List.of(out.resolve("cancel")), list(out), "only the (empty) output folder: no output, sidecar or temporary");
        assertTrue(vm.jobs().contains(j));

        // Retry puts it back at the end and starts it again.
        vm.retry(j);
        assertEquals(QueueJob.State.RENDERING, j.state());
        vm.cancel(j);
        drainUntil(() -> j.state().isFinished(), 20);
        assertEquals(QueueJob.State.CANCELLED, j.state());
        assertEquals(List.of(out.resolve("cancel")), list(out));
    }

    @Test
    void aFailedJobShowsItsReasonAndTheNextStillRuns() throws Exception {
        Path blocker = Files.writeString(out.resolve("not-a-folder"), "x");
        QueueJob bad = vm.enqueue(sample.inOut(Rational.ZERO, Rational.of(1, 5)), sample.folder,
                spec(ExportPreset.WEB_MP4, 128, 128, blocker.resolve("sub/take.mp4")));
        Path sheet = out.resolve("game/take.png");
        QueueJob good = vm.enqueue(sample.inOut(Rational.ZERO, Rational.of(2, 5)), sample.folder,
                spec(ExportPreset.SPRITE_SHEET, 64, 64, sheet));
        drainUntil(() -> good.state().isFinished(), 20);

        assertEquals(QueueJob.State.FAILED, bad.state());
        String msg = bad.messageProperty().get();
        System.out.println("failure shown: " + msg + " | details: " + bad.details().replace('\n', ' '));
        assertTrue(msg.contains(blocker.toString()) && !msg.contains("Exception"), msg);
        assertFalse(bad.details().contains("\tat "), "no stack trace");
        assertEquals(QueueJob.State.DONE, good.state(), good.messageProperty().get());
        assertTrue(Files.isRegularFile(sheet) && Files.isRegularFile(out.resolve("game/take.json")));
        // The sprite-sheet preset writes its engine tracks beside it, over the 10 exported frames.
        List<String> arkit = Files.readAllLines(out.resolve("game/take.arkit.csv"));
        assertEquals(11, arkit.size(), "header + one row per frame");
        assertTrue(arkit.getFirst().startsWith("Timecode,BlendShapeCount"));
        List<String> tsv = Files.readAllLines(out.resolve("game/take.rhubarb.tsv"));
        assertTrue(!tsv.isEmpty() && tsv.getFirst().startsWith("0.00\t"), tsv.toString());
        var oculus = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("game/take.oculus.json").toFile());
        assertEquals(10, oculus.get("frames").size());
    }
}
