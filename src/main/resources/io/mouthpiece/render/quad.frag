#version 330 core
in vec2 vUv;
uniform sampler2D uSource;
out vec4 fragColor;
void main() {
    fragColor = vec4(texture(uSource, vUv).rgb, 1.0);
}
