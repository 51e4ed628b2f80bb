/** What the entrance's graphics share: their colours, the atlas's sizes and the data they draw. */
import type { Rect, Vec2 } from '../../layout/geometry';

/** Colours of the entrance's graphics. */
export const entranceInk = {
  navy: '#16283f',
  navyLight: '#24436a',
  gold: '#e7b85a',
  white: '#ffffff',
  paper: '#f5f2ea',
  ink: '#1d232b',
  inkSoft: '#55606c',
  brick: '#8c3424',
  here: '#d7312a',
} as const;

/** The atlas: its size and the pixel size of each region (each the aspect of its face in metres). */
export const entranceAtlas = {
  sizePx: 2048,
  backdrop: { w: 980, h: 560 },
  /** Share of the welcome backdrop's height, from the floor, left to its plinth band (a desk may stand in front). */
  welcomePlinthFrac: 0.34,
  welcomeBanner: { w: 1024, h: 389 },
  zoneBanner: { w: 504, h: 399 },
  desk: { w: 1024, h: 366 },
} as const;

/** The entrance's words in the current language (and the expo's name in the other one). */
export interface EntranceTexts {
  welcome: string;
  expo: string;
  expoOther: string;
  whenWhere: string;
  datesCity: string;
  twoAndOne: string;
  events: readonly string[];
  organiserLabel: string;
  organiser: string;
  themeLabel: string;
  theme: string;
  venueLabel: string;
  venue: string;
  desk: string;
  deskOther: string;
  directory: string;
  zonesHeading: string;
  youAreHere: string;
  mainEntrance: string;
}

/** A zone as the directory and the banners show it. */
export interface SignZone {
  id: string;
  /** Its number on the directory (1-based, in the zones' content order). */
  number: number;
  name: string;
  color: string;
  building: string;
  rect: Rect;
}

/** What the directory draws: the buildings, the zones, the main door and where its reader stands. */
export interface DirectoryData {
  buildings: readonly { id: string; label: string; floor: Rect }[];
  zones: readonly SignZone[];
  mainDoor: Rect;
  youAreHere: Vec2;
}

/** A zone banner's data: its zone and the bearing of the zone from the door (0 straight ahead, 90 right). */
export interface BannerData {
  zone: SignZone;
  bearingDeg: number;
}
