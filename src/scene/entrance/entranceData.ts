/** What the entrance's graphics show, gathered from the content and the layout for one language. */
import { signText } from '../../content/signStrings';
import type { Language } from '../../content/schema';
import { translate } from '../../content/strings';
import { zones } from '../../content/zones';
import { entranceParts } from '../../layout/entrance';
import { buildings, zonePlacements } from '../../layout/hall';
import { buildShell } from '../../layout/walls';
import type { EntranceArt } from './entranceArt';
import type { BannerData, EntranceTexts, SignZone } from './signKit';

const mainDoor = buildings.flatMap((b) => buildShell(b).doors).find((d) => d.main)!;

/** The entrance's words in a language. */
export function signTexts(lang: Language): EntranceTexts {
  const other: Language = lang === 'zh' ? 'en' : 'zh';
  const b = (key: Parameters<typeof signText>[1]) => signText(lang, key);
  return {
    welcome: b('entranceWelcome'),
    expo: b('entranceExpo'),
    expoOther: signText(other, 'entranceExpo'),
    whenWhere: b('entranceWhenWhere'),
    datesCity: `${b('entranceDates')} · ${b('entranceCity')}`,
    twoAndOne: b('entranceTwoAndOne'),
    events: [b('entranceSymposium'), b('entranceConference'), b('entranceExpo')],
    organiserLabel: b('entranceOrganiserLabel'),
    organiser: b('entranceOrganiser'),
    themeLabel: b('entranceThemeLabel'),
    theme: b('entranceTheme'),
    venueLabel: b('entranceVenueLabel'),
    venue: translate(lang, 'signVenue'),
    desk: b('entranceDesk'),
    deskOther: signText(other, 'entranceDesk'),
    directory: b('entranceDirectory'),
    zonesHeading: b('entranceDirectoryZones'),
    youAreHere: translate(lang, 'youAreHere'),
    mainEntrance: translate(lang, 'mainEntrance'),
  };
}

/** Every zone, numbered in content order, named in a language, with its building and floor. */
export function signZones(lang: Language): SignZone[] {
  return zones.map((z, i) => {
    const place = zonePlacements[z.id]!;
    return {
      id: z.id,
      number: i + 1,
      name: z.name[lang],
      color: z.color,
      building: translate(lang, `building_${place.building}`),
      rect: place.rect,
    };
  });
}

/** The entrance's graphics' data in a language: texts, the directory's plan and the zone banners. */
export function entranceArt(lang: Language): EntranceArt {
  const list = signZones(lang);
  const byId = new Map(list.map((z) => [z.id, z]));
  const banners: BannerData[] = entranceParts.banners.flatMap((b) => {
    const zone = b.zone === undefined ? undefined : byId.get(b.zone);
    return zone ? [{ zone, bearingDeg: b.bearingDeg ?? 0 }] : [];
  });
  return {
    texts: signTexts(lang),
    directory: {
      buildings: buildings.map((b) => ({
        id: b.id,
        label: translate(lang, `building_${b.id}`),
        floor: b.floor,
      })),
      zones: list,
      mainDoor: {
        minX: mainDoor.cx - mainDoor.sx / 2,
        maxX: mainDoor.cx + mainDoor.sx / 2,
        minZ: mainDoor.cz - mainDoor.sz / 2,
        maxZ: mainDoor.cz + mainDoor.sz / 2,
      },
      youAreHere: entranceParts.youAreHere,
    },
    banners,
  };
}
