#version 330 core
// Skin: the source texture, mixed towards the eye-inpainted copy where lids close (vMix > 0).
in vec2 vUv;
in float vMix;
uniform sampler2D uSource;
uniform sampler2D uSkin;
out vec4 fragColor;
void main() {
    vec3 c = texture(uSource, vUv).rgb;
    if (vMix > 0.0) c = mix(c, texture(uSkin, vUv).rgb, vMix);
    fragColor = vec4(c, 1.0);
}
