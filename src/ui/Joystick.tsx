import { useRef, useState } from 'react';
import type { NavAction } from '../state/nav';
import { nav } from '../state/nav';
import { useKioskT } from './useKioskT';

/** Joystick tunables: how far the knob travels (px) and the dead zone (fraction of that) around the centre. */
export const joystickSpec = { travelPx: 56, deadZone: 0.18 } as const;

/** What a knob offset (fraction of travel, -1..1, y down) asks for: held walk/turn actions and their strength. */
export function joystickInput(fx: number, fy: number): { actions: NavAction[]; move: number; turn: number } {
  const actions: NavAction[] = [];
  const strength = (v: number) =>
    Math.min(1, (Math.abs(v) - joystickSpec.deadZone) / (1 - joystickSpec.deadZone));
  let move = 1;
  let turn = 1;
  if (Math.abs(fy) > joystickSpec.deadZone) {
    actions.push(fy < 0 ? 'forward' : 'back');
    move = strength(fy);
  }
  if (Math.abs(fx) > joystickSpec.deadZone) {
    actions.push(fx < 0 ? 'turnLeft' : 'turnRight');
    turn = strength(fx);
  }
  return { actions, move, turn };
}

const stickActions: NavAction[] = ['forward', 'back', 'turnLeft', 'turnRight'];

function release(): void {
  for (const a of stickActions) nav.held.delete(a);
  nav.gain = { move: 1, turn: 1 };
}

/** On-screen joystick for touch (kiosk): drag the knob up to walk, down to back off, sideways to turn; analogue. */
export function Joystick() {
  const { kt } = useKioskT();
  const base = useRef<HTMLDivElement>(null);
  const pointer = useRef<number | null>(null);
  const [knob, setKnob] = useState({ x: 0, y: 0 });

  const update = (clientX: number, clientY: number) => {
    const r = base.current?.getBoundingClientRect();
    if (!r) return;
    let fx = (clientX - (r.left + r.width / 2)) / joystickSpec.travelPx;
    let fy = (clientY - (r.top + r.height / 2)) / joystickSpec.travelPx;
    const len = Math.hypot(fx, fy);
    if (len > 1) {
      fx /= len;
      fy /= len;
    }
    setKnob({ x: fx * joystickSpec.travelPx, y: fy * joystickSpec.travelPx });
    const input = joystickInput(fx, fy);
    for (const a of stickActions) if (!input.actions.includes(a)) nav.held.delete(a);
    for (const a of input.actions) nav.held.add(a);
    nav.gain = { move: input.move, turn: input.turn };
  };

  const end = (e: React.PointerEvent) => {
    if (pointer.current !== e.pointerId) return;
    pointer.current = null;
    setKnob({ x: 0, y: 0 });
    release();
  };

  return (
    <div
      ref={base}
      className="joystick"
      role="img"
      aria-label={kt('joystick')}
      data-testid="joystick"
      onPointerDown={(e) => {
        if (pointer.current !== null) return;
        pointer.current = e.pointerId;
        e.currentTarget.setPointerCapture?.(e.pointerId);
        update(e.clientX, e.clientY);
      }}
      onPointerMove={(e) => {
        if (pointer.current === e.pointerId) update(e.clientX, e.clientY);
      }}
      onPointerUp={end}
      onPointerCancel={end}
      onLostPointerCapture={end}
    >
      <div className="joystick-knob" style={{ transform: `translate(${knob.x}px, ${knob.y}px)` }} />
    </div>
  );
}
