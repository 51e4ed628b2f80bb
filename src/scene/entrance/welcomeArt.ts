/** The entrance's welcome backdrop: the expo's name, dates, the three events, organiser, theme and venue. */
import type { Ctx2D, FittedText, Measure } from '../canvasText';
import { drawFitted, fitText, font } from '../canvasText';
import type { EntranceTexts } from './signKit';
import { entranceAtlas, entranceInk } from './signKit';

/** A ruler's scale along a line: a tick every `stepPx`, longer every fifth and tenth (metrology's motif). */
export function drawScale(
  g: Ctx2D,
  x0: number,
  x1: number,
  y: number,
  stepPx: number,
  tickPx: number,
  color: string,
): void {
  g.strokeStyle = color;
  g.lineWidth = 2;
  g.beginPath();
  g.moveTo(x0, y);
  g.lineTo(x1, y);
  for (let i = 0, x = x0; x <= x1 + 0.1; i++, x += stepPx) {
    const len = i % 10 === 0 ? tickPx : i % 5 === 0 ? tickPx * 0.7 : tickPx * 0.4;
    g.moveTo(x, y);
    g.lineTo(x, y + len);
  }
  g.stroke();
}

/**
 * A balance (the article calls the expo an industry's scale): a post on a foot, a beam and two pans on
 * cords, drawn in outline in a size × size box whose top centre is (cx, top).
 */
function drawBalance(g: Ctx2D, cx: number, top: number, size: number, color: string): void {
  const s = size;
  g.save();
  g.strokeStyle = color;
  g.fillStyle = color;
  g.lineWidth = Math.max(2, s * 0.025);
  g.lineCap = 'round';
  g.beginPath();
  g.arc(cx, top + s * 0.1, s * 0.035, 0, Math.PI * 2);
  g.fill();
  g.beginPath();
  g.moveTo(cx, top + s * 0.1);
  g.lineTo(cx, top + s * 0.9);
  g.moveTo(cx - s * 0.2, top + s * 0.95);
  g.lineTo(cx + s * 0.2, top + s * 0.95);
  g.moveTo(cx - s * 0.1, top + s * 0.9);
  g.lineTo(cx + s * 0.1, top + s * 0.9);
  g.moveTo(cx - s * 0.42, top + s * 0.18);
  g.lineTo(cx + s * 0.42, top + s * 0.18);
  for (const side of [-1, 1]) {
    const x = cx + side * s * 0.42;
    g.moveTo(x, top + s * 0.18);
    g.lineTo(x - s * 0.12, top + s * 0.5);
    g.moveTo(x, top + s * 0.18);
    g.lineTo(x + s * 0.12, top + s * 0.5);
  }
  g.stroke();
  for (const side of [-1, 1]) {
    const x = cx + side * s * 0.42;
    g.beginPath();
    g.moveTo(x - s * 0.15, top + s * 0.5);
    g.quadraticCurveTo(x, top + s * 0.64, x + s * 0.15, top + s * 0.5);
    g.closePath();
    g.fill();
  }
  g.restore();
}

/** The welcome backdrop's drawing plan: every text fitted to its box, top to bottom, in region px. */
export interface WelcomePlan {
  welcome: FittedText;
  title: FittedText;
  titleOther: FittedText;
  dates: FittedText;
  twoAndOne: FittedText;
  events: FittedText[];
  info: { label: FittedText; value: FittedText; x: number; w: number }[];
  y: {
    welcome: number;
    title: number;
    titleOther: number;
    dates: number;
    scale: number;
    twoAndOne: number;
    events: number[];
    info: number;
  };
  /** Row height of the events, px. */
  eventH: number;
  /** Height of the organiser, theme and venue boxes, px. */
  infoH: number;
  /** Where the plinth band (the part a desk in front may hide) starts, px from the top. */
  plinthY: number;
  pad: number;
}

/**
 * Lays out the welcome backdrop: the welcome, the expo's name in both languages, dates and city, the three
 * events of "两会一展", then the organiser, theme and venue; all above the plinth band, which a desk may hide.
 */
export function welcomePlan(measure: Measure, w: number, h: number, t: EntranceTexts): WelcomePlan {
  const pad = Math.round(w * 0.05);
  const inner = w - 2 * pad;
  const H = h * (1 - entranceAtlas.welcomePlinthFrac);
  const fit = (text: string, boxH: number, weight: number, maxLines = 1, maxW = inner) =>
    fitText(measure, text, maxW, boxH, {
      weight,
      maxPx: boxH / (maxLines > 1 ? 1.1 : 1.2),
      minPx: 10,
      maxLines,
      lineHeight: maxLines > 1 ? 1.1 : 1.2,
    });
  const welcome = fit(t.welcome, H * 0.06, 600);
  const title = fit(t.expo, H * 0.2, 800, 2);
  const titleOther = fit(t.expoOther, H * 0.055, 500);
  const dates = fit(t.datesCity, H * 0.075, 700);
  const twoAndOne = fit(t.twoAndOne, H * 0.06, 700);
  const eventH = H * 0.072;
  const events = t.events.map((e) => fit(e, eventH * 0.85, 600, 1, inner - eventH * 1.2));
  let y = pad * 0.45;
  const at = (dy: number) => {
    const v = y;
    y += dy;
    return v;
  };
  const yWelcome = at(welcome.heightPx + H * 0.01);
  const yTitle = at(title.heightPx + H * 0.005);
  const yOther = at(titleOther.heightPx + H * 0.02);
  const yDates = at(dates.heightPx + H * 0.015);
  const yScale = at(H * 0.05);
  const yTwo = at(twoAndOne.heightPx + H * 0.01);
  const yEvents = events.map(() => at(eventH));
  const yInfo = at(0) + H * 0.025;
  // Organiser, theme and venue share what is left above the plinth, in three boxes.
  const gap = pad * 0.5;
  const colW = (inner - 2 * gap) / 3;
  const boxH = H - yInfo - H * 0.02;
  const info = [
    [t.organiserLabel, t.organiser],
    [t.themeLabel, t.theme],
    [t.venueLabel, t.venue],
  ].map(([label, value], i) => {
    const l = fit(label!, Math.min(boxH * 0.3, H * 0.055), 500, 1, colW - 16);
    return {
      label: l,
      value: fit(value!, boxH - l.heightPx - 16, 700, 2, colW - 16),
      x: pad + i * (colW + gap),
      w: colW,
    };
  });
  return {
    welcome,
    title,
    titleOther,
    dates,
    twoAndOne,
    events,
    info,
    y: {
      welcome: yWelcome,
      title: yTitle,
      titleOther: yOther,
      dates: yDates,
      scale: yScale,
      twoAndOne: yTwo,
      events: yEvents,
      info: yInfo,
    },
    eventH,
    infoH: boxH,
    plinthY: H,
    pad,
  };
}

/** Draws the welcome backdrop from its plan. */
export function drawWelcome(g: Ctx2D, p: WelcomePlan, w: number, h: number): void {
  const ink = entranceInk;
  const bg = g.createLinearGradient(0, 0, w, h);
  bg.addColorStop(0, ink.navy);
  bg.addColorStop(1, ink.navyLight);
  g.fillStyle = bg;
  g.fillRect(0, 0, w, h);
  g.fillStyle = ink.brick;
  g.fillRect(0, 0, w, h * 0.018);
  drawFitted(g, p.welcome, p.pad, p.y.welcome, ink.gold);
  drawFitted(g, p.title, p.pad, p.y.title, ink.white, 'left', 1.1);
  drawFitted(g, p.titleOther, p.pad, p.y.titleOther, 'rgba(255,255,255,0.75)');
  drawFitted(g, p.dates, p.pad, p.y.dates, ink.gold);
  drawScale(
    g,
    p.pad,
    w - p.pad,
    p.y.scale + p.eventH * 0.15,
    (w - 2 * p.pad) / 80,
    p.eventH * 0.3,
    'rgba(231,184,90,0.8)',
  );
  drawFitted(g, p.twoAndOne, p.pad, p.y.twoAndOne, ink.gold);
  const eh = p.eventH;
  p.events.forEach((e, i) => {
    const y = p.y.events[i]!;
    g.fillStyle = ink.gold;
    g.beginPath();
    g.arc(p.pad + eh * 0.4, y + eh * 0.45, eh * 0.36, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = ink.navy;
    g.font = font(800, eh * 0.5);
    g.textAlign = 'center';
    g.textBaseline = 'middle';
    g.fillText(String(i + 1), p.pad + eh * 0.4, y + eh * 0.47);
    drawFitted(g, e, p.pad + eh * 1.1, y + (eh * 0.9 - e.heightPx) / 2, ink.white);
  });
  const eventsTop = p.y.twoAndOne;
  const eventsBottom = (p.y.events[p.events.length - 1] ?? eventsTop) + p.eventH;
  const widest = Math.max(...p.events.map((e) => e.widthPx));
  const room = w - p.pad - (p.pad + p.eventH * 1.1 + widest);
  if (room > w * 0.16) {
    const size = Math.min(room * 0.8, (eventsBottom - eventsTop) * 1.1);
    drawBalance(g, w - p.pad - room / 2, eventsTop, size, ink.gold);
  }
  for (const c of p.info) {
    g.fillStyle = 'rgba(255,255,255,0.1)';
    g.fillRect(c.x, p.y.info, c.w, p.infoH);
    drawFitted(g, c.label, c.x + 8, p.y.info + 6, ink.gold);
    drawFitted(g, c.value, c.x + 8, p.y.info + 10 + c.label.heightPx, ink.white, 'left', 1.1);
  }
  // The plinth band: the brick red of the works, with a ruler's scale (the metrology motif).
  g.fillStyle = ink.brick;
  g.fillRect(0, p.plinthY, w, h - p.plinthY);
  drawScale(g, 0, w, p.plinthY + 6, w / 100, (h - p.plinthY) * 0.3, 'rgba(255,255,255,0.55)');
}
