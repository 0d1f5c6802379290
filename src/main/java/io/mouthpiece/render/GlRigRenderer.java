package io.mouthpiece.render;

import static org.lwjgl.opengl.GL33C.*;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.render.gl.Fbo;
import io.mouthpiece.render.gl.Frame;
import io.mouthpiece.render.gl.GlThread;
import io.mouthpiece.render.gl.ShaderProgram;
import io.mouthpiece.render.rig.DeformedRig;
import io.mouthpiece.render.rig.EyeInpainter;
import io.mouthpiece.render.rig.FaceMeshIndices;
import io.mouthpiece.render.rig.LashLine;
import io.mouthpiece.render.rig.MouthPalette;
import io.mouthpiece.render.rig.RigDeformer;
import java.util.ArrayList;
import java.util.List;
import org.lwjgl.system.MemoryStack;

/**
 * The default renderer: the source portrait as a background quad, then per character the mouth interior in
 * the inner-lip hole and the face mesh as textured triangles (texture coordinates = rest vertices, positions =
 * deformed vertices). Deformation runs on the calling thread; every GL call runs on the {@link GlThread} given
 * to the constructor, which the caller owns. GPU resources are prepared once per {@link RenderScene} instance.
 */
public final class GlRigRenderer implements FrameRenderer {
    private final GlThread gl;
    private final Object lock = new Object();
    private GlState glState;            // GL thread only
    private RenderScene preparedScene;  // guarded by lock
    private List<Character> characters = List.of();

    public GlRigRenderer(GlThread gl) {
        this.gl = gl;
        gl.call(() -> { glState = new GlState(); return null; });
    }

    @Override
    public void render(RenderScene scene, List<ChannelValues> poses, Frame target) {
        if (poses.size() != scene.characters().size()) {
            throw new IllegalArgumentException(scene.characters().size() + " characters but " + poses.size() + " poses");
        }
        synchronized (lock) {
            boolean fresh = scene != preparedScene;
            if (fresh) {
                List<Character> cs = new ArrayList<>();
                for (RigGeometry rig : scene.characters()) {
                    RigDeformer d = new RigDeformer(rig);
                    cs.add(new Character(rig, d, MouthPalette.sample(scene.image(), rig, d),
                            EyeInpainter.sclera(scene.image(), rig),
                            LashLine.of(scene.image(), rig, d.frame(), FaceMeshIndices.RIGHT_EYE_UPPER_0),
                            LashLine.of(scene.image(), rig, d.frame(), FaceMeshIndices.LEFT_EYE_UPPER_0)));
                }
                characters = cs;
            }
            List<DeformedRig> deformed = new ArrayList<>(poses.size());
            for (int i = 0; i < poses.size(); i++) deformed.add(characters.get(i).deformer.deform(poses.get(i)));
            int[] skin = fresh ? EyeInpainter.inpaint(scene.image(), scene.characters()) : null;
            List<Character> cs = characters;
            gl.call(() -> {
                if (fresh) glState.prepare(scene, skin, cs);
                glState.draw(scene, cs, deformed, poses, target);
                return null;
            });
            preparedScene = scene;
        }
    }

    /** Frees the GL resources; a no-op when the GL thread was closed first (its context took them along). */
    @Override
    public void close() {
        try {
            gl.call(() -> { glState.close(); return null; });
        } catch (IllegalStateException closed) {
            // the context and everything in it is already gone
        }
    }

    private record Character(RigGeometry rig, RigDeformer deformer, MouthPalette palette, float[] sclera,
                             LashLine rightLash, LashLine leftLash) {}

    /** Gaze moves the iris by up to this fraction of the eye width sideways / vertically. */
    static final float GAZE_X = 0.22f, GAZE_Y = 0.12f;

    /** Everything that lives in GL; touched only on the GL thread. */
    private static final class GlState implements AutoCloseable {
        final ShaderProgram quad = new ShaderProgram(GlRigRenderer.class, "quad.vert", "quad.frag");
        final ShaderProgram mesh = new ShaderProgram(GlRigRenderer.class, "mesh.vert", "mesh.frag");
        final ShaderProgram mouth = new ShaderProgram(GlRigRenderer.class, "mesh.vert", "mouth.frag");
        final ShaderProgram gaze = new ShaderProgram(GlRigRenderer.class, "mesh.vert", "gaze.frag");
        final ShaderProgram solid = new ShaderProgram(GlRigRenderer.class, "mesh.vert", "solid.frag");
        final int emptyVao = glGenVertexArrays();
        int sourceTex, skinTex, sourceFbo;
        final List<CharacterGl> chars = new ArrayList<>();
        Fbo fbo;

        void prepare(RenderScene scene, int[] skin, List<Character> cs) {
            releaseScene();
            SourceImage img = scene.image();
            int max = glGetInteger(GL_MAX_TEXTURE_SIZE);
            if (img.width() > max || img.height() > max) {
                throw new IllegalArgumentException("source image " + img.width() + "x" + img.height()
                        + " exceeds this GL's texture limit " + max + "; scale it down first");
            }
            sourceTex = texture(img.width(), img.height(), img.argb());
            sourceFbo = glGenFramebuffers();
            glBindFramebuffer(GL_READ_FRAMEBUFFER, sourceFbo);
            glFramebufferTexture2D(GL_READ_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, sourceTex, 0);
            glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
            skinTex = texture(img.width(), img.height(), skin);
            for (Character c : cs) chars.add(new CharacterGl(c.rig));
        }

        static int texture(int w, int h, int[] argb) {
            int t = glGenTextures();
            glBindTexture(GL_TEXTURE_2D, t);
            glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, w, h, 0, GL_BGRA, GL_UNSIGNED_INT_8_8_8_8_REV, argb);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
            return t;
        }

        void draw(RenderScene scene, List<Character> cs, List<DeformedRig> deformed, List<ChannelValues> poses,
                  Frame target) {
            if (fbo == null || fbo.width() != target.width() || fbo.height() != target.height()) {
                if (fbo != null) fbo.close();
                fbo = new Fbo(target.width(), target.height());
            }
            fbo.bind();
            glDisable(GL_DEPTH_TEST);
            glDisable(GL_CULL_FACE);
            glDisable(GL_BLEND);
            glActiveTexture(GL_TEXTURE0);
            glBindTexture(GL_TEXTURE_2D, sourceTex);
            glActiveTexture(GL_TEXTURE1);
            glBindTexture(GL_TEXTURE_2D, skinTex);

            float iw = scene.image().width(), ih = scene.image().height();
            if (iw == target.width() && ih == target.height()) {
                // Native size: copy the source texels (on llvmpipe 10x cheaper than a textured full-frame quad).
                // Texture row 0 and FBO row 0 both hold the image's top row, so no flip.
                glBindFramebuffer(GL_READ_FRAMEBUFFER, sourceFbo);
                glBlitFramebuffer(0, 0, (int) iw, (int) ih, 0, 0, (int) iw, (int) ih, GL_COLOR_BUFFER_BIT, GL_NEAREST);
                fbo.bind();
            } else {
                // Scaled: the same bilinear sampling the mesh uses, so rest stays seamless.
                quad.use();
                glUniform1i(quad.uniform("uSource"), 0);
                glBindVertexArray(emptyVao);
                glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
            }

            for (int k = 0; k < chars.size(); k++) {
                CharacterGl c = chars.get(k);
                DeformedRig d = deformed.get(k);
                c.upload(d);
                glBindVertexArray(c.vao);

                // Interior first, blended by its alpha (destination alpha kept at 1), then the skin over it.
                mouth.use();
                setMouthUniforms(d.mouth(), cs.get(k).palette, poses.get(k), iw, ih);
                glUniform1f(mouth.uniform("uHeadMoves"), RigDeformer.headMoves(poses.get(k)) ? 1f : 0f);
                glEnable(GL_BLEND);
                glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ZERO, GL_ONE);
                glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, c.mouthEbo);
                glDrawElements(GL_TRIANGLES, c.mouthCount, GL_UNSIGNED_INT, 0L);
                glDisable(GL_BLEND);

                ChannelValues pose = poses.get(k);
                float gx = pose.get(Channel.GAZE_X), gy = pose.get(Channel.GAZE_Y);
                boolean headMoves = RigDeformer.headMoves(pose);
                if (gx != 0f || gy != 0f || headMoves) {
                    // Eye openings are drawn only for gaze or head motion; otherwise the source eyeball shows
                    // through untouched (pixel-identical rest, and blinks slide lids over it).
                    gaze.use();
                    glUniform1i(gaze.uniform("uSource"), 0);
                    glUniform1i(gaze.uniform("uSkin"), 1);
                    glUniform2f(gaze.uniform("uImageSize"), iw, ih);
                    glUniform3fv(gaze.uniform("uSclera"), cs.get(k).sclera);
                    drawEye(c.rightEyeEbo, c.rightEyeCount, cs.get(k), d, 33, 133, gx, gy);
                    drawEye(c.leftEyeEbo, c.leftEyeCount, cs.get(k), d, 263, 362, gx, gy);
                }

                mesh.use();
                glUniform2f(mesh.uniform("uImageSize"), iw, ih);
                glUniform1i(mesh.uniform("uSource"), 0);
                glUniform1i(mesh.uniform("uSkin"), 1);
                glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, c.skinEbo);
                glDrawElements(GL_TRIANGLES, c.skinCount, GL_UNSIGNED_INT, 0L);

                // Lash lines follow the closing upper lids (at rest the source's own lashes show).
                Character ch = cs.get(k);
                drawStrip(c, ch.rightLash.strip(d.xy()), ch.rightLash.color(), LashLine.opacity(pose.get(Channel.EYE_BLINK_RIGHT)), iw, ih);
                drawStrip(c, ch.leftLash.strip(d.xy()), ch.leftLash.color(), LashLine.opacity(pose.get(Channel.EYE_BLINK_LEFT)), iw, ih);
                // An open source's lips pulled shut get a seam; without it they read as a blurry pink band.
                if (ch.deformer.openSource()) {
                    drawStrip(c, LashLine.seamStrip(d.xy(), ch.deformer.frame()), ch.palette.seam(),
                            0.45f * pose.get(Channel.MOUTH_CLOSE), iw, ih);
                }
            }
            glBindVertexArray(0);
            fbo.readInto(target);
        }

        private void drawStrip(CharacterGl c, float[] strip, float[] col, float alpha, float iw, float ih) {
            if (alpha <= 0f) return;
            solid.use();
            glUniform2f(solid.uniform("uImageSize"), iw, ih);
            glUniform4f(solid.uniform("uColor"), col[0], col[1], col[2], alpha);
            glBindVertexArray(c.lashVao);
            glBindBuffer(GL_ARRAY_BUFFER, c.lashVbo);
            glBufferData(GL_ARRAY_BUFFER, strip, GL_STREAM_DRAW);
            glEnable(GL_BLEND);
            glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ZERO, GL_ONE);
            glDrawArrays(GL_TRIANGLE_STRIP, 0, strip.length / 2);
            glDisable(GL_BLEND);
            glBindVertexArray(c.vao);
        }

        private void drawEye(int ebo, int count, Character ch, DeformedRig d, int outer, int inner, float gx, float gy) {
            RigGeometry rig = ch.rig;
            // The eyeball rides with the head: the lid corners move only with head motion.
            float sx = (d.xy()[2 * outer] - rig.x(outer) + d.xy()[2 * inner] - rig.x(inner)) / 2;
            float sy = (d.xy()[2 * outer + 1] - rig.y(outer) + d.xy()[2 * inner + 1] - rig.y(inner)) / 2;
            float eyeW = (float) Math.hypot(rig.x(outer) - rig.x(inner), rig.y(outer) - rig.y(inner));
            var f = ch.deformer.frame();
            float du = gx * GAZE_X * eyeW, dv = gy * GAZE_Y * eyeW;
            glUniform2f(gaze.uniform("uEyeShift"), sx, sy);
            glUniform2f(gaze.uniform("uGaze"), du * f.ux() + dv * f.vx(), du * f.uy() + dv * f.vy());
            glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ebo);
            glDrawElements(GL_TRIANGLES, count, GL_UNSIGNED_INT, 0L);
        }

        private void setMouthUniforms(DeformedRig.MouthOpening m, MouthPalette p, ChannelValues pose, float iw, float ih) {
            glUniform1i(mouth.uniform("uSource"), 0);
            glUniform2f(mouth.uniform("uImageSize"), iw, ih);
            glUniform2f(mouth.uniform("uOrigin"), m.originX(), m.originY());
            glUniform2f(mouth.uniform("uAxis"), m.axisX(), m.axisY());
            glUniform1f(mouth.uniform("uW"), m.w());
            glUniform1f(mouth.uniform("uHalfWidth"), m.halfWidth());
            glUniform2fv(mouth.uniform("uUpper"), m.upper());
            glUniform2fv(mouth.uniform("uLower"), m.lower());
            glUniform2fv(mouth.uniform("uRestUpper"), m.restUpper());
            glUniform2fv(mouth.uniform("uRestLower"), m.restLower());
            glUniform3fv(mouth.uniform("uCavity"), p.cavity());
            glUniform3fv(mouth.uniform("uTeeth"), p.teeth());
            glUniform3fv(mouth.uniform("uTongue"), p.tongue());
            glUniform1f(mouth.uniform("uTongueUp"), pose.get(Channel.TONGUE_UP));
            glUniform1f(mouth.uniform("uSourceTeeth"), p.sourceTeeth() ? 1f : 0f);
            glUniform2f(mouth.uniform("uSkullShift"), m.skullShiftX(), m.skullShiftY());
        }

        void releaseScene() {
            if (sourceTex != 0) glDeleteTextures(sourceTex);
            if (skinTex != 0) glDeleteTextures(skinTex);
            if (sourceFbo != 0) glDeleteFramebuffers(sourceFbo);
            sourceTex = skinTex = sourceFbo = 0;
            chars.forEach(CharacterGl::close);
            chars.clear();
        }

        @Override
        public void close() {
            releaseScene();
            if (fbo != null) fbo.close();
            glDeleteVertexArrays(emptyVao);
            quad.close();
            mesh.close();
            mouth.close();
            gaze.close();
            solid.close();
        }
    }

    /** One character's vertex arrays: static rest coordinates, per-frame positions + skin mix, two index sets. */
    private static final class CharacterGl implements AutoCloseable {
        final int vao = glGenVertexArrays();
        final int dynamicVbo = glGenBuffers();
        final int restVbo = glGenBuffers();
        final int skinEbo = glGenBuffers();
        final int mouthEbo = glGenBuffers();
        final int rightEyeEbo = glGenBuffers();
        final int leftEyeEbo = glGenBuffers();
        final int lashVao = glGenVertexArrays();
        final int lashVbo = glGenBuffers();
        final int skinCount, mouthCount, rightEyeCount, leftEyeCount, vertices;

        CharacterGl(RigGeometry rig) {
            vertices = rig.vertexCount();
            skinCount = rig.skinTriangles().length;
            mouthCount = rig.mouthHoleTriangles().length;
            float[] rest = new float[2 * vertices];
            for (int i = 0; i < vertices; i++) { rest[2 * i] = rig.x(i); rest[2 * i + 1] = rig.y(i); }
            glBindVertexArray(vao);
            glBindBuffer(GL_ARRAY_BUFFER, restVbo);
            glBufferData(GL_ARRAY_BUFFER, rest, GL_STATIC_DRAW);
            glVertexAttribPointer(2, 2, GL_FLOAT, false, 0, 0L);
            glEnableVertexAttribArray(2);
            glBindBuffer(GL_ARRAY_BUFFER, dynamicVbo);
            glBufferData(GL_ARRAY_BUFFER, (long) vertices * 3 * Float.BYTES, GL_STREAM_DRAW);
            glVertexAttribPointer(0, 2, GL_FLOAT, false, 3 * Float.BYTES, 0L);
            glEnableVertexAttribArray(0);
            glVertexAttribPointer(1, 1, GL_FLOAT, false, 3 * Float.BYTES, 2L * Float.BYTES);
            glEnableVertexAttribArray(1);
            glBindVertexArray(lashVao);
            glBindBuffer(GL_ARRAY_BUFFER, lashVbo);
            glVertexAttribPointer(0, 2, GL_FLOAT, false, 0, 0L);
            glEnableVertexAttribArray(0);
            glBindVertexArray(0);
            glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, skinEbo);
            glBufferData(GL_ELEMENT_ARRAY_BUFFER, rig.skinTriangles(), GL_STATIC_DRAW);
            glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, mouthEbo);
            glBufferData(GL_ELEMENT_ARRAY_BUFFER, rig.mouthHoleTriangles(), GL_STATIC_DRAW);
            int[][] eyes = splitEyes(rig.eyeHoleTriangles());
            rightEyeCount = eyes[0].length;
            leftEyeCount = eyes[1].length;
            glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, rightEyeEbo);
            glBufferData(GL_ELEMENT_ARRAY_BUFFER, eyes[0], GL_STATIC_DRAW);
            glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, leftEyeEbo);
            glBufferData(GL_ELEMENT_ARRAY_BUFFER, eyes[1], GL_STATIC_DRAW);
            glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, 0);
        }

        /** Splits eye-hole triangles into the subject's right eye (on a right-eye margin) and the left eye. */
        static int[][] splitEyes(int[] tris) {
            java.util.Set<Integer> right = new java.util.HashSet<>();
            for (int i : io.mouthpiece.render.rig.FaceMeshIndices.RIGHT_EYE_UPPER_0) right.add(i);
            for (int i : io.mouthpiece.render.rig.FaceMeshIndices.RIGHT_EYE_LOWER_0) right.add(i);
            java.util.List<Integer> r = new ArrayList<>(), l = new ArrayList<>();
            for (int t = 0; t < tris.length; t += 3) {
                var dst = right.contains(tris[t]) ? r : l;
                dst.add(tris[t]); dst.add(tris[t + 1]); dst.add(tris[t + 2]);
            }
            return new int[][]{r.stream().mapToInt(Integer::intValue).toArray(), l.stream().mapToInt(Integer::intValue).toArray()};
        }

        void upload(DeformedRig d) {
            try (MemoryStack stack = MemoryStack.stackPush()) {
                var buf = stack.mallocFloat(vertices * 3);
                for (int i = 0; i < vertices; i++) {
                    buf.put(3 * i, d.xy()[2 * i]).put(3 * i + 1, d.xy()[2 * i + 1]).put(3 * i + 2, d.skinMix()[i]);
                }
                glBindBuffer(GL_ARRAY_BUFFER, dynamicVbo);
                glBufferSubData(GL_ARRAY_BUFFER, 0L, buf);
            }
        }

        @Override
        public void close() {
            glDeleteVertexArrays(new int[]{vao, lashVao});
            glDeleteBuffers(new int[]{dynamicVbo, restVbo, skinEbo, mouthEbo, rightEyeEbo, leftEyeEbo, lashVbo});
        }
    }
}
