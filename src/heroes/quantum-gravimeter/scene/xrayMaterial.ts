/**
 * Additive glow materials that stay visible inside opaque housings (the atom cloud and Raman beam sit
 * inside the gravimeter's mu-metal shield). Instead of switching depth testing off, which would show
 * them through walls and other stands too, each vertex is pulled a fixed distance towards the camera
 * in view space: enough to clear the housing around it, while anything farther in front still hides it.
 */
import { AdditiveBlending, Color, DoubleSide, ShaderMaterial } from 'three';

const pullChunk = /* glsl */ `
  uniform float uPullM;
  vec4 pulledViewPosition(vec3 p) {
    vec4 mv = modelViewMatrix * vec4(p, 1.0);
    mv.xyz += normalize(-mv.xyz) * uPullM;
    return mv;
  }
`;

const fragment = (alpha: string) => /* glsl */ `
  uniform vec3 uColor;
  uniform float uOpacity;
  void main() {
    float a = ${alpha};
    gl_FragColor = vec4(uColor, a * uOpacity);
    #include <colorspace_fragment>
  }
`;

/** Options of an x-ray glow material: colour (sRGB hex), opacity and the pull towards the camera, m. */
export type XrayOptions = { color: string; opacity: number; pullM: number };

function uniforms({ color, opacity, pullM }: XrayOptions) {
  return { uColor: { value: new Color(color) }, uOpacity: { value: opacity }, uPullM: { value: pullM } };
}

/** Soft round additive points of world diameter sizeM (set uHalfHeightPx to half the drawing-buffer height). */
export function xrayPointsMaterial(options: XrayOptions & { sizeM: number }): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: { ...uniforms(options), uSizeM: { value: options.sizeM }, uHalfHeightPx: { value: 500 } },
    vertexShader: /* glsl */ `
      uniform float uSizeM;
      uniform float uHalfHeightPx;
      ${pullChunk}
      void main() {
        vec4 mv = pulledViewPosition(position);
        gl_PointSize = max(1.0, uSizeM * projectionMatrix[1][1] * uHalfHeightPx / -mv.z);
        gl_Position = projectionMatrix * mv;
      }
    `,
    fragmentShader: fragment('smoothstep(0.5, 0.0, length(gl_PointCoord - 0.5))'),
    transparent: true,
    depthWrite: false,
    blending: AdditiveBlending,
  });
}

/** Additive see-through surface glow for thin meshes (beams, a ghost of the vacuum tube). */
export function xrayMeshMaterial(options: XrayOptions): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: uniforms(options),
    vertexShader: /* glsl */ `
      ${pullChunk}
      void main() {
        gl_Position = projectionMatrix * pulledViewPosition(position);
      }
    `,
    fragmentShader: fragment('1.0'),
    transparent: true,
    depthWrite: false,
    side: DoubleSide,
    blending: AdditiveBlending,
  });
}
