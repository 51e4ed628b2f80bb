import { useEffect, useMemo } from 'react';
import { buildings, shell } from '../../layout/hall';
import { buildShell } from '../../layout/walls';
import { translate } from '../../content/strings';
import { useExpo } from '../../state/expo';
import { labelTexture } from '../labelTexture';

/** Sign proportions over the main entrance, metres. */
const sign = { heightM: 1.8, aboveDoorM: 1.2, offsetM: 0.12 } as const;

const mainDoor = buildings.flatMap((b) => buildShell(b).doors).find((d) => d.main)!;

/** The block's name and the expo's over the main entrance, outside and inside, in the current language. */
export function EntranceSign() {
  const lang = useExpo((s) => s.lang);
  const tex = useMemo(
    () => labelTexture([translate(lang, 'signVenue'), translate(lang, 'signExpo')], '#8c3424'),
    [lang],
  );
  useEffect(() => () => tex.texture.dispose(), [tex]);
  const y = mainDoor.cy + mainDoor.sy / 2 + sign.aboveDoorM;
  const w = sign.heightM * tex.aspect;
  const outside = mainDoor.cz + shell.wallThicknessM / 2 + shell.pilasterOutM + sign.offsetM;
  const inside = mainDoor.cz - shell.wallThicknessM / 2 - shell.pilasterInM - sign.offsetM;
  return (
    <group name="entrance-sign">
      <mesh position={[mainDoor.cx, y, outside]}>
        <planeGeometry args={[w, sign.heightM]} />
        <meshBasicMaterial map={tex.texture} toneMapped={false} />
      </mesh>
      <mesh position={[mainDoor.cx, y, inside]} rotation-y={Math.PI}>
        <planeGeometry args={[w, sign.heightM]} />
        <meshBasicMaterial map={tex.texture} toneMapped={false} />
      </mesh>
    </group>
  );
}
