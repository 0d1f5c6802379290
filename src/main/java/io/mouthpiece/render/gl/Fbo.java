package io.mouthpiece.render.gl;

import static org.lwjgl.opengl.GL33C.*;

/**
 * An offscreen framebuffer (RGBA8 colour + 24-bit depth renderbuffers) and its readback. GL thread only.
 * Readback uses {@code GL_BGRA + GL_UNSIGNED_INT_8_8_8_8_REV}: each pixel arrives as one native ARGB int.
 * Draw with Y flipped in the vertex shader (image row 0 at NDC y = −1) so rows come back top-down.
 */
public final class Fbo implements AutoCloseable {
    private final int width;
    private final int height;
    private final int fbo;
    private final int color;
    private final int depth;

    public Fbo(int width, int height) {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("FBO size must be positive: " + width + "x" + height);
        int max = glGetInteger(GL_MAX_RENDERBUFFER_SIZE);
        if (width > max || height > max) {
            throw new IllegalArgumentException("frame " + width + "x" + height + " exceeds the GL limit " + max);
        }
        this.width = width;
        this.height = height;
        fbo = glGenFramebuffers();
        color = glGenRenderbuffers();
        depth = glGenRenderbuffers();
        glBindRenderbuffer(GL_RENDERBUFFER, color);
        glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
        glBindRenderbuffer(GL_RENDERBUFFER, depth);
        glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH_COMPONENT24, width, height);
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depth);
        int status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
        if (status != GL_FRAMEBUFFER_COMPLETE) {
            close();
            throw new IllegalStateException("framebuffer incomplete: 0x" + Integer.toHexString(status));
        }
    }

    public int width() { return width; }

    public int height() { return height; }

    /** Binds it as the draw target with a full-size viewport. */
    public void bind() {
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glViewport(0, 0, width, height);
    }

    /** Reads the whole colour buffer into {@code frame} (which must have this size). */
    public void readInto(Frame frame) {
        if (frame.width() != width || frame.height() != height) {
            throw new IllegalArgumentException("frame " + frame.width() + "x" + frame.height() + " != FBO " + width + "x" + height);
        }
        glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo);
        glPixelStorei(GL_PACK_ALIGNMENT, 4);
        glReadPixels(0, 0, width, height, GL_BGRA, GL_UNSIGNED_INT_8_8_8_8_REV, frame.bytes());
    }

    @Override
    public void close() {
        glDeleteFramebuffers(fbo);
        glDeleteRenderbuffers(color);
        glDeleteRenderbuffers(depth);
    }
}
