package io.mouthpiece.render.gl;

import static org.lwjgl.egl.EGL10.*;
import static org.lwjgl.egl.EGL14.EGL_OPENGL_BIT;
import static org.lwjgl.egl.EGL12.EGL_RENDERABLE_TYPE;
import static org.lwjgl.egl.EGL14.EGL_OPENGL_API;
import static org.lwjgl.egl.EGL12.eglBindAPI;
import static org.lwjgl.egl.EGL15.*;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import org.lwjgl.PointerBuffer;
import org.lwjgl.egl.EGL;
import org.lwjgl.egl.EGLCapabilities;
import org.lwjgl.egl.EXTDeviceEnumeration;
import org.lwjgl.egl.EXTDeviceQuery;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GL11;
import org.lwjgl.system.Configuration;
import org.lwjgl.system.JNI;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

/**
 * An EGL display + OpenGL 3.3 core context with no window and no X server, current on the thread that created
 * it. Only {@link GlThread} creates one. Platform choice ({@code -Dmouthpiece.gl.platform=auto|surfaceless|device}):
 * auto takes a hardware EGL device when one exists (a GPU), else Mesa's surfaceless platform (llvmpipe on CPU),
 * else any EGL device (Mesa's software device).
 */
final class GlContext implements AutoCloseable {
    private static final int EGL_PLATFORM_SURFACELESS_MESA = 0x31DD;
    private static final int EGL_PLATFORM_DEVICE_EXT = 0x313F;
    private static final int EGL_EXTENSIONS_QUERY = 0x3055;
    private static final Object GL_INIT_LOCK = new Object();

    private final long display;
    private final long context;
    private final String description;

    private GlContext(long display, long context, String description) {
        this.display = display;
        this.context = context;
        this.description = description;
    }

    /** Creates the context and makes it current on the calling thread. */
    static GlContext createCurrent() {
        // Must happen before anything touches org.lwjgl.opengl.GL, or it binds to libGL/GLX instead of EGL.
        Configuration.OPENGL_EXPLICIT_INIT.set(true);
        EGLCapabilities client;
        try {
            client = EGL.getCapabilities();
        } catch (Throwable t) {
            throw new GlUnavailableException("OpenGL is unavailable: libEGL could not be loaded (" + t.getMessage()
                    + "). On Debian/Ubuntu install: libegl1 libegl-mesa0 libgl1-mesa-dri libgl1 libglx-mesa0", t);
        }
        String mode = System.getProperty("mouthpiece.gl.platform", "auto");
        List<String> tried = new ArrayList<>();
        List<Long> devices = devices(client);
        if (mode.equals("auto") || mode.equals("device")) {
            for (long dev : devices) {
                String ext = deviceExtensions(dev);
                boolean software = ext.contains("EGL_MESA_device_software");
                if (mode.equals("auto") && software) continue;
                GlContext c = tryDisplay(client, EGL_PLATFORM_DEVICE_EXT, dev, "EGL device [" + ext + "]", tried);
                if (c != null) return c;
            }
        }
        if (mode.equals("auto") || mode.equals("surfaceless")) {
            GlContext c = tryDisplay(client, EGL_PLATFORM_SURFACELESS_MESA, 0L, "Mesa surfaceless", tried);
            if (c != null) return c;
        }
        if (mode.equals("auto")) {
            for (long dev : devices) {
                GlContext c = tryDisplay(client, EGL_PLATFORM_DEVICE_EXT, dev, "EGL software device", tried);
                if (c != null) return c;
            }
        }
        throw new GlUnavailableException("OpenGL 3.3 core is unavailable (platform mode '" + mode + "'; tried: "
                + (tried.isEmpty() ? "nothing, no EGL platform found" : String.join("; ", tried))
                + "). On Debian/Ubuntu install: libegl1 libegl-mesa0 libgl1-mesa-dri libgl1 libglx-mesa0");
    }

    private static List<Long> devices(EGLCapabilities client) {
        List<Long> out = new ArrayList<>();
        if (client.eglQueryDevicesEXT == 0L) return out;
        try (MemoryStack stack = MemoryStack.stackPush()) {
            IntBuffer n = stack.mallocInt(1);
            PointerBuffer buf = stack.mallocPointer(16);
            if (EXTDeviceEnumeration.eglQueryDevicesEXT(buf, n)) {
                for (int i = 0; i < n.get(0); i++) out.add(buf.get(i));
            }
        }
        return out;
    }

    private static String deviceExtensions(long device) {
        try {
            String s = EXTDeviceQuery.eglQueryDeviceStringEXT(device, EGL_EXTENSIONS_QUERY);
            return s == null ? "" : s.trim();
        } catch (Throwable t) {
            return "";
        }
    }

    private static GlContext tryDisplay(EGLCapabilities client, int platform, long nativeDisplay, String label,
                                        List<String> tried) {
        if (client.eglGetPlatformDisplay == 0L) {
            tried.add(label + ": no eglGetPlatformDisplay (EGL < 1.5)");
            return null;
        }
        try (MemoryStack stack = MemoryStack.stackPush()) {
            // JNI.callPPP: LWJGL's wrapper rejects native_display == 0 (EGL_DEFAULT_DISPLAY) in its checks.
            long dpy = JNI.callPPP(platform, nativeDisplay, MemoryUtil.memAddress(stack.pointers(EGL_NONE)),
                    client.eglGetPlatformDisplay);
            if (dpy == EGL_NO_DISPLAY) {
                tried.add(label + ": no display");
                return null;
            }
            IntBuffer maj = stack.mallocInt(1);
            IntBuffer min = stack.mallocInt(1);
            if (!eglInitialize(dpy, maj, min)) {
                tried.add(label + ": eglInitialize failed 0x" + Integer.toHexString(eglGetError()));
                return null;
            }
            EGL.createDisplayCapabilities(dpy, maj.get(0), min.get(0));
            if (!eglBindAPI(EGL_OPENGL_API)) {
                tried.add(label + ": no desktop OpenGL API");
                eglTerminate(dpy);
                return null;
            }
            IntBuffer cfgAttr = stack.ints(EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT,
                    EGL_RED_SIZE, 8, EGL_GREEN_SIZE, 8, EGL_BLUE_SIZE, 8, EGL_ALPHA_SIZE, 8, EGL_DEPTH_SIZE, 24,
                    EGL_NONE);
            PointerBuffer cfgs = stack.mallocPointer(1);
            IntBuffer n = stack.mallocInt(1);
            if (!eglChooseConfig(dpy, cfgAttr, cfgs, n) || n.get(0) == 0) {
                tried.add(label + ": no RGBA8/depth24 OpenGL config");
                eglTerminate(dpy);
                return null;
            }
            IntBuffer ctxAttr = stack.ints(EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                    EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE);
            long ctx = eglCreateContext(dpy, cfgs.get(0), EGL_NO_CONTEXT, ctxAttr);
            if (ctx == EGL_NO_CONTEXT) {
                tried.add(label + ": no OpenGL 3.3 core context (0x" + Integer.toHexString(eglGetError()) + ")");
                eglTerminate(dpy);
                return null;
            }
            // Surfaceless current context (EGL_KHR_surfaceless_context): we only ever draw into FBOs.
            if (!eglMakeCurrent(dpy, EGL_NO_SURFACE, EGL_NO_SURFACE, ctx)) {
                tried.add(label + ": eglMakeCurrent without surface failed");
                eglDestroyContext(dpy, ctx);
                eglTerminate(dpy);
                return null;
            }
            synchronized (GL_INIT_LOCK) {
                // GL's function provider is process-wide in LWJGL and may be created only once.
                if (GL.getFunctionProvider() == null) GL.create(EGL.getFunctionProvider());
            }
            GL.createCapabilities();
            String desc = label + ", " + GL11.glGetString(GL11.GL_RENDERER) + ", " + GL11.glGetString(GL11.GL_VERSION);
            return new GlContext(dpy, ctx, desc);
        } catch (RuntimeException | LinkageError e) {
            tried.add(label + ": " + e);
            return null;
        }
    }

    /** Renderer and version strings, for logs and the benchmark. */
    String description() { return description; }

    @Override
    public void close() {
        GL.setCapabilities(null);
        eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
        eglDestroyContext(display, context);
        // No eglTerminate: Mesa shares one display per platform inside the process, and terminating it
        // would kill the contexts of other GlThreads on the same display.
    }
}
