#version 330 core
// Gaze: the eye opening shows the source eyeball shifted by uGaze (and moved with the head by uEyeShift),
// sampled by image position so lids moving over it never squash it. Where the shifted sample leaves the
// source opening (mask in uSkin's alpha), the exposed part is filled with the eye-white colour.
in vec2 vImg;
uniform sampler2D uSource;
uniform sampler2D uSkin;
uniform vec2 uImageSize;
uniform vec2 uEyeShift;
uniform vec2 uGaze;
uniform vec3 uSclera;
out vec4 fragColor;
void main() {
    vec2 uv = (vImg - uEyeShift - uGaze) / uImageSize;
    float inside = texture(uSkin, uv).a;
    fragColor = vec4(mix(uSclera, texture(uSource, uv).rgb, inside), 1.0);
}
