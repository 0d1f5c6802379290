#version 330 core
// Positions are the deformed vertices and texture coordinates the rest vertices, both in source-image pixels;
// at rest they coincide, so the mesh reproduces the source exactly. Y is flipped as in quad.vert.
layout(location = 0) in vec2 aPos;
layout(location = 1) in float aMix;
layout(location = 2) in vec2 aRest;
uniform vec2 uImageSize;
out vec2 vUv;
out float vMix;
out vec2 vImg;
void main() {
    vUv = aRest / uImageSize;
    vMix = aMix;
    vImg = aPos;
    gl_Position = vec4(aPos / uImageSize * 2.0 - 1.0, 0.0, 1.0);
}
