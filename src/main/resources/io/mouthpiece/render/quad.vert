#version 330 core
// Full-frame quad from gl_VertexID (no vertex buffer). Image row 0 goes to NDC y = -1, the first row
// glReadPixels returns, so frames come back top-down with no CPU flip.
out vec2 vUv;
void main() {
    vec2 p = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1));
    vUv = p;
    gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
}
