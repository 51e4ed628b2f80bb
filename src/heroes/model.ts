/**
 * What every frontier instrument declares about its 3D model and its stand (see heroes/registry.ts).
 *
 * Model units are metres, y up, origin at the floor centre of the footprint, the visitor side facing +z.
 * Anchor positions live only in the GLB: each anchor is an empty node named `node`, a direct child of
 * the model's root node, which also carries `extras.hotspot = id` (three: `object.userData.hotspot`).
 * three's GLTFLoader strips `:` from node names (see `threeObjectName`).
 */

/** How a named moving part may be animated by the app: rest pose is the exported transform. */
export type PartMotion = 'rotate-y' | 'translate-x' | 'translate-y' | 'translate-z' | 'static';

/** A hotspot anchor of a model: the exhibit or part id it opens, and its GLB node (`hotspot:<id>`). */
export interface ModelAnchor {
  readonly id: string;
  readonly node: string;
}

/** An animatable part of a model: its name, GLB node (`part:<name>`), how it moves, and how far (metres; null: any). */
export interface ModelPart {
  readonly part: string;
  readonly node: string;
  readonly motion: PartMotion;
  readonly rangeM: readonly [number, number] | null;
}

/** A frontier instrument's model file (public/models/<id>.glb), size, hotspot anchors and animatable parts. */
export interface HeroModel {
  readonly file: string;
  /** Width (x) and depth (z) of the footprint, metres. */
  readonly footprintM: readonly [number, number];
  readonly heightM: number;
  /** The first anchor is the instrument's own (its id is the hero's id); the rest are its parts. */
  readonly anchors: readonly ModelAnchor[];
  readonly parts: readonly ModelPart[];
}

/** Where an instrument stands in the showcase (hall metres); models face +z (south) at yaw 0. */
export interface HeroStand {
  readonly x: number;
  readonly z: number;
  readonly yawDeg: number;
}

/** What the data registry holds for one frontier instrument (see heroes/registry.ts). */
export interface Hero<Id extends string = string> {
  readonly id: Id;
  readonly model: HeroModel;
  readonly stand: HeroStand;
}

/** How a hero.ts describes its instrument; defineHero derives the file and node names from the ids. */
export interface HeroSpec {
  readonly footprintM: readonly [number, number];
  readonly heightM: number;
  /** The part hotspots, in model order (the instrument's own hotspot comes first by itself). */
  readonly hotspots: readonly string[];
  /** Moving parts by name; rangeM bounds a translation (metres), absent for none. */
  readonly parts?: Readonly<Record<string, { motion: PartMotion; rangeM?: readonly [number, number] }>>;
  readonly stand: HeroStand;
}

/** A frontier instrument from its spec: model `<id>.glb`, anchors `hotspot:<id>`, parts `part:<name>`. */
export function defineHero<const Id extends string>(id: Id, spec: HeroSpec): Hero<Id> {
  return {
    id,
    model: {
      file: `${id}.glb`,
      footprintM: spec.footprintM,
      heightM: spec.heightM,
      anchors: [id, ...spec.hotspots].map((a) => ({ id: a, node: `hotspot:${a}` })),
      parts: Object.entries(spec.parts ?? {}).map(([part, p]) => ({
        part,
        node: `part:${part}`,
        motion: p.motion,
        rangeM: p.rangeM ?? null,
      })),
    },
    stand: spec.stand,
  };
}

/** The object name three's GLTFLoader gives a glTF node (it drops `[ ] . : /` and turns spaces into `_`). */
export function threeObjectName(node: string): string {
  return node.replace(/\s/g, '_').replace(/[[\].:/]/g, '');
}
