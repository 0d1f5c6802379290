package io.mouthpiece.render.gl;

import static org.lwjgl.opengl.GL33C.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** A linked vertex + fragment program loaded from class-path GLSL files. GL thread only. */
public final class ShaderProgram implements AutoCloseable {
    private final int program;
    private final Map<String, Integer> uniforms = new HashMap<>();

    /** Loads {@code vertexResource} and {@code fragmentResource} relative to {@code anchor}'s package. */
    public ShaderProgram(Class<?> anchor, String vertexResource, String fragmentResource) {
        int vs = compile(GL_VERTEX_SHADER, read(anchor, vertexResource), vertexResource);
        int fs = compile(GL_FRAGMENT_SHADER, read(anchor, fragmentResource), fragmentResource);
        program = glCreateProgram();
        glAttachShader(program, vs);
        glAttachShader(program, fs);
        glLinkProgram(program);
        glDeleteShader(vs);
        glDeleteShader(fs);
        if (glGetProgrami(program, GL_LINK_STATUS) == GL_FALSE) {
            String log = glGetProgramInfoLog(program);
            glDeleteProgram(program);
            throw new IllegalStateException("shader link failed (" + vertexResource + ", " + fragmentResource + "): " + log);
        }
    }

    private static String read(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing shader resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int compile(int type, String src, String name) {
        int s = glCreateShader(type);
        glShaderSource(s, src);
        glCompileShader(s);
        if (glGetShaderi(s, GL_COMPILE_STATUS) == GL_FALSE) {
            String log = glGetShaderInfoLog(s);
            glDeleteShader(s);
            throw new IllegalStateException("shader " + name + " failed to compile: " + log);
        }
        return s;
    }

    public void use() { glUseProgram(program); }

    /** The uniform's location (−1 when the linker dropped it as unused). */
    public int uniform(String name) {
        return uniforms.computeIfAbsent(name, n -> glGetUniformLocation(program, n));
    }

    @Override
    public void close() { glDeleteProgram(program); }
}
