import { Color, DoubleSide, MeshStandardMaterial } from 'three';

/** A named opaque PBR material (colour in sRGB hex). */
export function std(name: string, color: string, metalness: number, roughness: number): MeshStandardMaterial {
  const m = new MeshStandardMaterial({ color: new Color(color), metalness, roughness });
  m.name = name;
  return m;
}

/** A named see-through material (exported as alphaMode BLEND, double sided). */
export function clear(name: string, color: string, opacity: number, roughness = 0.05): MeshStandardMaterial {
  const m = new MeshStandardMaterial({
    color: new Color(color),
    metalness: 0,
    roughness,
    transparent: true,
    opacity,
    side: DoubleSide,
    depthWrite: false,
  });
  m.name = name;
  return m;
}

/** A named self-lit material: screens, LEDs, lamps. */
export function glow(name: string, color: string, emissive: string, roughness = 0.3): MeshStandardMaterial {
  const m = new MeshStandardMaterial({
    color: new Color(color),
    emissive: new Color(emissive),
    emissiveIntensity: 1,
    metalness: 0,
    roughness,
  });
  m.name = name;
  return m;
}

/** The shared material set; each model uses what it needs, unused ones never reach the GLB. */
export function palette() {
  return {
    stainless: std('stainless', '#c9ccd0', 0.9, 0.28),
    aluminium: std('aluminium', '#b9bec4', 0.85, 0.4),
    titanium: std('titanium', '#8f959b', 0.85, 0.42),
    muMetal: std('mu-metal', '#d3d6d9', 0.75, 0.32),
    copper: std('copper', '#b8703a', 1, 0.35),
    brass: std('brass', '#c9a24a', 1, 0.3),
    blackAnodised: std('black-anodised', '#1f2225', 0.55, 0.45),
    darkPaint: std('dark-paint', '#34393f', 0.3, 0.55),
    anthracite: std('anthracite', '#25292e', 0.35, 0.5),
    whitePaint: std('white-paint', '#e4e7ea', 0.1, 0.45),
    greyPaint: std('grey-paint', '#9aa1a8', 0.2, 0.5),
    accentBlue: std('accent-blue', '#1d5fa8', 0.25, 0.4),
    plastic: std('black-plastic', '#17191c', 0, 0.6),
    greyPlastic: std('grey-plastic', '#5b6168', 0, 0.55),
    rubber: std('rubber', '#121314', 0, 0.9),
    panelSilver: std('panel-silver', '#aeb3b8', 0.8, 0.35),
    granite: std('granite', '#2d3034', 0.05, 0.55),
    detectorFace: std('detector-face', '#2b3a4a', 0.35, 0.25),
    interior: std('interior-grey', '#8c939a', 0.15, 0.6),
    castAluminium: std('cast-aluminium', '#a7abaf', 0.75, 0.6),
    warningYellow: std('warning-yellow', '#f2c200', 0.05, 0.45),
    red: std('signal-red', '#c4161c', 0.1, 0.4),
    amber: std('signal-amber', '#b87a00', 0.1, 0.35),
    fibreYellow: std('fibre-yellow', '#e8c21c', 0, 0.5),
    cableBlack: std('cable-black', '#151617', 0, 0.65),
    cableGrey: std('cable-grey', '#7d8388', 0, 0.6),
    cableBlue: std('cable-blue', '#2f6fb6', 0, 0.55),
    benchTop: std('bench-top', '#c7ccd1', 0, 0.6),
    esdMat: std('esd-mat', '#4f6f7f', 0, 0.8),
    chip: std('chip-epoxy', '#101113', 0.1, 0.5),
    tray: std('chip-tray', '#2c3a47', 0, 0.55),
    glass: clear('glass', '#bfe3f2', 0.3),
    leadGlass: clear('lead-glass', '#e6dfc4', 0.16),
    acrylic: clear('acrylic', '#dde7ee', 0.16, 0.1),
    water: clear('water', '#3f95bd', 0.45, 0.02),
    screen: glow('screen', '#0a0f16', '#0e2336', 0.2),
    screenImage: glow('screen-image', '#2a3440', '#6f8194', 0.2),
    ledGreen: glow('led-green', '#1b5e20', '#39ff6a'),
    ledAmber: glow('led-amber', '#6b4a00', '#ffb020'),
    ledBlue: glow('led-blue', '#0d2a55', '#3d8bff'),
    ledRed: glow('led-red', '#5a0c0c', '#ff2a1a'),
    warningLamp: glow('warning-lamp', '#b3261e', '#ff3b1f', 0.15),
    lightStrip: glow('light-strip', '#d8dde2', '#cfd8e0', 0.2),
    lcd: glow('lcd', '#0d2a1a', '#0f4a2a', 0.2),
    lcdText: glow('lcd-text', '#3fd88a', '#5dffa8', 0.2),
  };
}

/** The material set type. */
export type Palette = ReturnType<typeof palette>;
