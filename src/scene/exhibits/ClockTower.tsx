import { useEffect, useMemo, useRef } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import { useThree } from '@react-three/fiber';
import type { BufferGeometry, Group } from 'three';
import { CircleGeometry, CylinderGeometry, Vector3 } from 'three';
import { mergeParts } from '../hall/buildGeometry';
import { boardText } from '../../content/boardStrings';
import { zones } from '../../content/zones';
import { clockHandAngles, clockTower, msToNextSecond } from '../../layout/clock';
import type { ClockHandAngles } from '../../layout/clock';
import { anchors } from '../../platform/anchors';
import { registerClockProbe } from '../../platform/testProbes';
import { useExpo } from '../../state/expo';
import { clickSlopPx } from '../controls/FloorClick';
import { clockDialTexture } from './clockDial';

const handKinds = ['hour', 'minute', 'second'] as const;
type HandKind = (typeof handKinds)[number];
const handColor: Record<HandKind, string> = { hour: '#1d232b', minute: '#1d232b', second: '#c0302a' };
const angleOf: Record<HandKind, keyof ClockHandAngles> = {
  hour: 'hourDeg',
  minute: 'minuteDeg',
  second: 'secondDeg',
};
const deg = Math.PI / 180;
const zoneColor = zones.find((z) => z.id === clockTower.zone)?.color ?? '#8a5cc9';

/** A geometry on the dial's front, merged with its copy turned to face the back: one draw for both faces. */
function bothFaces(front: BufferGeometry): BufferGeometry {
  return mergeParts([front, front.clone().rotateY(Math.PI)], 'clock faces');
}

/** The two dials and the two hubs that cap the hands (the hands turn on their own). */
function faceGeometry(): { dials: BufferGeometry; hubs: BufferGeometry } {
  const { dialRadiusM, caseDepthM, hands } = clockTower;
  return {
    dials: bothFaces(new CircleGeometry(dialRadiusM, 64).translate(0, 0, caseDepthM / 2 + 0.02)),
    hubs: bothFaces(
      new CylinderGeometry(0.14, 0.14, 0.06, 24)
        .rotateX(Math.PI / 2)
        .translate(0, 0, caseDepthM / 2 + hands.second.offsetM + 0.04),
    ),
  };
}

/**
 * The Time Valley's big clock: a double-faced dial on a tower whose hands show the visitor's local time.
 * The hands step once a second from a timer, which asks fiber for a frame (so it keeps going when the
 * canvas renders on demand); nothing is set per frame.
 */
export function ClockTower() {
  const lang = useExpo((s) => s.lang);
  const overview = useExpo((s) => s.mode === 'overview');
  const focusExhibit = useExpo((s) => s.focusExhibit);
  const invalidate = useThree((s) => s.invalidate);
  const get = useThree((s) => s.get);
  const hands = useRef(new Map<string, Group>());
  const {
    x,
    z,
    yawDeg,
    dialRadiusM: r,
    bezelM,
    caseDepthM,
    dialCentreYM,
    postM,
    baseM,
    baseHeightM,
  } = clockTower;

  const name = zones.find((zone) => zone.id === clockTower.zone)?.name[lang] ?? '';
  const dial = useMemo(
    () =>
      typeof document !== 'undefined'
        ? clockDialTexture(name, boardText(lang, 'clockDialCaption'), zoneColor)
        : null,
    [name, lang],
  );
  useEffect(() => () => dial?.dispose(), [dial]);
  const faces = useMemo(() => faceGeometry(), []);
  useEffect(
    () => () => {
      faces.dials.dispose();
      faces.hubs.dispose();
    },
    [faces],
  );

  useEffect(() => {
    let timer = 0;
    const onScreen = new Vector3();
    const tick = () => {
      const now = new Date();
      const angles = clockHandAngles(now);
      for (const [key, g] of hands.current)
        g.rotation.z = -angles[angleOf[key.split(':')[1] as HandKind]] * deg;
      // Draw the new second only when the dial is in view (rendering is on demand).
      const at = anchors.get('clock-tower');
      if (
        at &&
        onScreen.set(at[0], at[1], at[2]).project(get().camera).z < 1 &&
        Math.abs(onScreen.x) < 1.3 &&
        Math.abs(onScreen.y) < 1.3
      )
        invalidate();
      timer = window.setTimeout(tick, msToNextSecond(now) + 5);
    };
    tick();
    registerClockProbe(() => {
      const read = (k: HandKind) => {
        const a = -(hands.current.get(`front:${k}`)?.rotation.z ?? 0) / deg;
        return ((a % 360) + 360) % 360;
      };
      return { hourDeg: read('hour'), minuteDeg: read('minute'), secondDeg: read('second') };
    });
    return () => {
      window.clearTimeout(timer);
      registerClockProbe(null);
    };
  }, [invalidate, get]);

  useEffect(() => {
    anchors.set('clock-tower', [x, overview ? clockTower.overview.centreYM : dialCentreYM, z]);
  }, [overview, x, z, dialCentreYM]);

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (e.delta <= clickSlopPx) focusExhibit(clockTower.exhibitId);
  };

  const postH = dialCentreYM - baseHeightM;
  const { hands: spec, handThicknessM } = clockTower;
  return (
    <group name="clock-tower" position={[x, 0, z]}>
      <mesh position-y={baseHeightM / 2} castShadow receiveShadow>
        <boxGeometry args={[baseM, baseHeightM, baseM]} />
        <meshStandardMaterial color="#3a3f47" roughness={0.6} metalness={0.3} />
      </mesh>
      <mesh position-y={baseHeightM + postH / 2} castShadow visible={!overview}>
        <boxGeometry args={[postM, postH, postM]} />
        <meshStandardMaterial color="#3a3f47" roughness={0.5} metalness={0.4} />
      </mesh>
      <group
        position-y={overview ? clockTower.overview.centreYM : dialCentreYM}
        scale={overview ? clockTower.overview.scale : 1}
        rotation-y={yawDeg * deg}
        onClick={onClick}
      >
        <mesh rotation-x={Math.PI / 2} castShadow>
          <cylinderGeometry args={[r + bezelM, r + bezelM, caseDepthM, 64]} />
          <meshStandardMaterial color={zoneColor} roughness={0.5} metalness={0.2} />
        </mesh>
        <mesh geometry={faces.dials}>
          {dial ? (
            <meshBasicMaterial map={dial} toneMapped={false} />
          ) : (
            <meshBasicMaterial color="#fbf9f2" toneMapped={false} />
          )}
        </mesh>
        <mesh geometry={faces.hubs}>
          <meshBasicMaterial color={handColor.second} />
        </mesh>
        {(['front', 'back'] as const).map((side) => (
          <group key={side} rotation-y={side === 'front' ? 0 : Math.PI}>
            {handKinds.map((k) => (
              <group
                key={k}
                position-z={caseDepthM / 2 + spec[k].offsetM}
                ref={(g) => {
                  if (g) hands.current.set(`${side}:${k}`, g);
                  else hands.current.delete(`${side}:${k}`);
                }}
              >
                <mesh position-y={(spec[k].lengthM - spec[k].tailM) / 2}>
                  <boxGeometry args={[spec[k].widthM, spec[k].lengthM + spec[k].tailM, handThicknessM]} />
                  <meshBasicMaterial color={handColor[k]} />
                </mesh>
              </group>
            ))}
          </group>
        ))}
      </group>
    </group>
  );
}
