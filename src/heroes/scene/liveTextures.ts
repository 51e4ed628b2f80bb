/** DataTextures that show the demos' live images on floating screens (rows flipped: row 0 on top). */
import { DataTexture, LinearFilter, RGBAFormat, SRGBColorSpace, UnsignedByteType } from 'three';

/** An RGBA8 sRGB texture of w×h pixels, black. */
export function createImageTexture(w: number, h: number): DataTexture {
  const texture = new DataTexture(new Uint8Array(w * h * 4), w, h, RGBAFormat, UnsignedByteType);
  texture.colorSpace = SRGBColorSpace;
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearFilter;
  texture.generateMipmaps = false;
  texture.needsUpdate = true;
  return texture;
}

/** The RGBA bytes of a texture made by createImageTexture. */
export const pixels = (texture: DataTexture) => texture.image.data as Uint8Array;

/** Writes values × gain as grey (0..1 → black..white) into a w-wide texture, image row 0 at the top. */
export function writeGrey(texture: DataTexture, values: Float32Array, gain: number): void {
  const { width: w, height: h } = texture.image;
  const out = pixels(texture);
  for (let row = 0; row < h; row++) {
    const dst = (h - 1 - row) * w;
    for (let col = 0; col < w; col++) {
      const v = Math.max(0, Math.min(255, values[row * w + col]! * gain * 255));
      const o = 4 * (dst + col);
      out[o] = out[o + 1] = out[o + 2] = v;
      out[o + 3] = 255;
    }
  }
  texture.needsUpdate = true;
}
