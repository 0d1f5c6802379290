#version 330 core
// A flat colour with alpha (lash lines).
uniform vec4 uColor;
out vec4 fragColor;
void main() {
    fragColor = uColor;
}
