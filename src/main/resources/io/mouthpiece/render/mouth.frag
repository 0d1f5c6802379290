#version 330 core
// Mouth interior inside the current inner-lip hole (rig-notes): cavity darker in the middle, tongue and a
// lower-teeth sliver riding on the jaw, upper teeth fixed to the skull (the source's own teeth when it shows
// them), lip-edge shadow. The interior fades in over the first 0.02 W of extra gap, so rest shows the source
// untouched; when the head moves, the rest hole's source pixels move with the skull instead of staying behind.
in vec2 vImg;
uniform sampler2D uSource;
uniform vec2 uImageSize;
uniform vec2 uOrigin;
uniform vec2 uAxis;
uniform float uW;
uniform float uHalfWidth;
uniform vec2 uUpper[11];
uniform vec2 uLower[11];
uniform vec2 uRestUpper[11];
uniform vec2 uRestLower[11];
uniform vec3 uCavity;
uniform vec3 uTeeth;
uniform vec3 uTongue;
uniform float uTongueUp;
uniform float uSourceTeeth;
uniform vec2 uSkullShift;
uniform float uHeadMoves;
out vec4 fragColor;

float curveAt(vec2 c[11], float u) {
    if (u <= c[0].x) return c[0].y;
    for (int i = 0; i < 10; i++) {
        if (u <= c[i + 1].x) {
            float t = (u - c[i].x) / max(c[i + 1].x - c[i].x, 1e-6);
            return mix(c[i].y, c[i + 1].y, t);
        }
    }
    return c[10].y;
}

void main() {
    vec2 d = vImg - uOrigin;
    float u = dot(d, uAxis) / uW;
    float v = dot(d, vec2(-uAxis.y, uAxis.x)) / uW;
    float yU = curveAt(uUpper, u), yL = curveAt(uLower, u);
    float rU = curveAt(uRestUpper, u), rL = curveAt(uRestLower, u);
    float gap = yL - yU;
    float open = clamp((gap - (rL - rU)) / 0.02, 0.0, 1.0);
    float alpha = max(open, uHeadMoves);
    if (alpha <= 0.0) discard;
    vec3 skullFixed = texture(uSource, (vImg - uSkullShift) / uImageSize).rgb;

    float t = clamp(abs(u) / uHalfWidth, 0.0, 1.0);
    float depth = clamp((v - yU) / max(gap, 1e-4), 0.0, 1.0);
    float centre = (1.0 - t * t) * (1.0 - abs(depth * 2.0 - 1.0));
    vec3 col = uCavity * mix(1.0, 0.3, centre);

    // Edge shadow of the lips: 0.55 at the lip edge, gone 0.02 W inside.
    float shade = mix(0.55, 1.0, smoothstep(0.0, 0.02, min(v - yU, yL - v)));

    float tongueTop = yL - gap * (0.3 + 0.45 * uTongueUp) + 0.35 * gap * t * t;
    if (v > tongueTop && t < 0.85) {
        // Lit along its middle ridge, darker to the sides and towards the back.
        float ridge = 1.0 - 0.35 * t * t;
        col = uTongue * ridge * mix(0.7, 1.0, smoothstep(0.0, 0.03, v - tongueTop));
    }
    // Lower teeth: a sliver riding on the lower lip in the middle of the mouth, less shadowed than the cavity
    // (at full lip shadow they read as a grey line).
    float lowerTeeth = 0.016 * smoothstep(0.0, 0.05, gap) * (1.0 - smoothstep(0.3, 0.5, t));
    if (v > yL - lowerTeeth) {
        col = uTeeth * mix(1.0, 0.8, smoothstep(yL - lowerTeeth, yL, v));
        shade = max(shade, 0.92);
    }

    if (uSourceTeeth > 0.5) {
        // Skull-fixed source teeth: the source pixels where the skull put them; below them, synthetic.
        if (v < rL) col = skullFixed;
    } else {
        float edge = rU + 0.012 - 0.022 * t * t;
        if (v < edge) col = uTeeth * mix(0.8, 1.0, smoothstep(0.0, 0.01, edge - v));
    }
    fragColor = vec4(mix(skullFixed, col * shade, open), alpha);
}
