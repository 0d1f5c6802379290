package io.mouthpiece.core.task;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

class TaskExecutorTest {
    @Test
    void sameThreadRunsToCompletionWithProgress() {
        List<Double> seen = new ArrayList<>();
        JobHandle<Integer> h = new SameThreadTaskExecutor().submit("sum", p -> {
            int s = 0;
            for (int i = 1; i <= 4; i++) {
                s += i;
                p.slice(0.5, 1).update(i / 4.0, "step " + i);
            }
            return s;
        });
        h.addListener(x -> seen.add(x.fraction()));
        assertEquals(JobState.SUCCEEDED, h.state());
        assertEquals(10, h.result().join());
        assertEquals(1.0, h.fraction());
        assertEquals("step 4", h.message());
    }

    @Test
    void failureIsAStateWithTheCause() {
        JobHandle<Object> h = new SameThreadTaskExecutor().submit("bad", p -> { throw new IllegalStateException("no face found"); });
        assertEquals(JobState.FAILED, h.state());
        assertEquals("no face found", h.failure().getMessage());
        assertTrue(h.result().isCompletedExceptionally());
    }

    @Test
    void cancelStopsARunningJob() throws Exception {
        try (PooledTaskExecutor ex = new PooledTaskExecutor(1)) {
            CountDownLatch running = new CountDownLatch(1);
            JobHandle<Integer> h = ex.submit("loop", p -> {
                running.countDown();
                int i = 0;
                while (true) {
                    p.checkCancelled();
                    p.update((i++ % 100) / 100.0, "working");
                    Thread.sleep(1);
                }
            });
            assertTrue(running.await(5, TimeUnit.SECONDS));
            assertEquals(JobState.RUNNING, h.state());
            h.cancel();
            assertThrows(java.util.concurrent.CancellationException.class, () -> h.result().get(5, TimeUnit.SECONDS));
            assertEquals(JobState.CANCELLED, h.state());
        }
    }

    @Test
    void queuedJobCancelledBeforeStartNeverRuns() throws Exception {
        try (PooledTaskExecutor ex = new PooledTaskExecutor(1)) {
            CountDownLatch release = new CountDownLatch(1);
            ex.submit("blocker", p -> { release.await(); return 0; });
            boolean[] ran = {false};
            JobHandle<Integer> queued = ex.submit("queued", p -> { ran[0] = true; return 1; });
            queued.cancel();
            release.countDown();
            assertEquals(JobState.CANCELLED, queued.state());
            Thread.sleep(50);
            assertFalse(ran[0]);
        }
    }
}
