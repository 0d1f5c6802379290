package io.mouthpiece.render;

import static org.junit.jupiter.api.Assertions.*;

import io.mouthpiece.render.gl.Frame;
import io.mouthpiece.render.gl.FramePool;
import io.mouthpiece.render.preview.FrameMailbox;
import org.junit.jupiter.api.Test;

class FrameMailboxTest {
    @Test
    void newestFrameWinsAndTheStaleOneGoesBackToThePool() throws Exception {
        FramePool pool = new FramePool(4, 2, 3);
        FrameMailbox box = new FrameMailbox();
        Frame a = pool.acquire(), b = pool.acquire();
        a.ints().put(0, 1);
        b.ints().put(0, 2);
        box.publish(a);
        box.publish(b);                       // a was never taken: recycled
        assertEquals(2, pool.available());
        Frame got = box.take();
        assertSame(b, got);
        assertEquals(2, got.ints().get(0));
        assertNull(box.take(), "a frame is handed over once");
        got.release();
        assertEquals(3, pool.available());
        assertThrows(IllegalStateException.class, got::release, "double release is a bug, not a silent leak");
    }

    @Test
    void poolHandsOutAtMostItsCapacity() throws Exception {
        FramePool pool = new FramePool(2, 2, 2);
        Frame a = pool.acquire();
        Frame b = pool.acquire();
        assertNull(pool.tryAcquire());
        Thread waiter = Thread.ofVirtual().start(() -> {
            try {
                pool.acquire().release();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.sleep(50);
        assertTrue(waiter.isAlive(), "acquire waits while all frames are out");
        a.release();
        waiter.join(2000);
        assertFalse(waiter.isAlive());
        b.release();
        assertEquals(2, pool.available());
        assertThrows(IllegalArgumentException.class, () -> new FramePool(0, 5, 1));
    }
}
