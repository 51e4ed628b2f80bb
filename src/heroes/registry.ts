/**
 * The frontier instruments, one line each. Everything else that lists them is derived from this list
 * (the hero exhibit ids, the models, the stands and plinths, the demos), and the per-layer registries
 * (heroes/engine/engines.ts, heroes/scene/views.ts, heroes/ui/views.ts, scripts/models/builders.ts) are
 * typed `Record<HeroId, …>`, so an instrument missing from one of them is a type error. Data only: the
 * entry chunk reaches this file, so it must not import an engine or a view.
 */
import { industrialCt } from './industrial-ct/hero';
import { quantumGravimeter } from './quantum-gravimeter/hero';
import { ultrasonicMicroscope } from './ultrasonic-microscope/hero';

/** The frontier instruments in hall order, left to right as the visitor faces them. */
const heroList = [quantumGravimeter, industrialCt, ultrasonicMicroscope] as const;

type HeroOf<Id> = Extract<(typeof heroList)[number], { id: Id }>;

/** Id of one frontier instrument, e.g. `'industrial-ct'` (also its exhibit id and demo id). */
export type HeroId = (typeof heroList)[number]['id'];

/** Every hero id, in hall order. */
export const heroIds: readonly HeroId[] = heroList.map((h) => h.id);

/** Each frontier instrument by id: its model and its stand. */
export const heroes = Object.fromEntries(heroList.map((h) => [h.id, h])) as { [Id in HeroId]: HeroOf<Id> };

/** Whether an exhibit id is one of the frontier instruments. */
export function isHeroId(id: string): id is HeroId {
  return Object.hasOwn(heroes, id);
}
