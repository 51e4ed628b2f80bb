import { describe, expect, it } from 'vitest';
import { Euler, PerspectiveCamera, Vector3 } from 'three';
import { framePose, framing } from '../../src/layout/framing';
import { exhibitPlacement, zoneBoard } from '../../src/layout/booths';
import { tierBoard } from '../../src/layout/tierBoard';

/** Where a world point lands in the view of a framing pose: x and y from -1 to 1 (y up), as the scene's camera sees it. */
function viewPoint(pose: ReturnType<typeof framePose>, aspect: number, p: Vector3) {
  const cam = new PerspectiveCamera(framing.fovDeg, aspect, 0.1, 1000);
  cam.position.set(pose.x, pose.y, pose.z);
  cam.quaternion.setFromEuler(
    new Euler((pose.pitchDeg * Math.PI) / 180, (pose.yawDeg * Math.PI) / 180, 0, 'YXZ'),
  );
  cam.updateMatrixWorld();
  return p.clone().project(cam);
}

describe('framing below the header', () => {
  const board = exhibitPlacement('strategy-wall')!;
  const markerY = zoneBoard.bottomM + zoneBoard.heightM + tierBoard.mainHotspotAboveM;
  // 1280 × 720 in English: the toolbar wraps to two rows and reaches 127 px down.
  const desktop = { aspect: 1280 / 720, topInset: 127 / 720, heightPx: 720 };
  // 390 × 844: the toolbar reaches 117 px down and the bottom sheet covers up to 56% of the height.
  const phone = { aspect: 390 / 844, topInset: 117 / 844, heightPx: 844 };
  /** Frames the strategy wall; where a point of it at height y shows: px from the top, and x from -1 to 1. */
  const framed = (layout: 'side' | 'bottom', view: typeof desktop) => {
    const pose = framePose(board, board.sizeM, board.facingYawDeg, layout, view, markerY);
    const at = (y: number) => {
      const p = viewPoint(pose, view.aspect, new Vector3(board.x, y, board.z));
      return { px: ((1 - p.y) / 2) * view.heightPx, x: p.x };
    };
    return { pose, at };
  };
  // The marker's label reaches about 45 px above the marker's centre.
  const labelPx = 45;

  it('keeps the strategy wall’s marker and its label below a two-row toolbar', () => {
    const { pose, at } = framed('side', desktop);
    expect(at(markerY).px - labelPx).toBeGreaterThan(127);
    // The board's foot stays in view, and the exhibit sits left of the side panel.
    expect(at(zoneBoard.bottomM).px).toBeLessThan(720);
    expect(at(markerY).x).toBeLessThan(0.3);
    // Without the header the camera looks lower, and the marker would sit under a two-row toolbar.
    const bare = framed('side', { ...desktop, topInset: 0 });
    expect(bare.pose.pitchDeg).toBeLessThan(pose.pitchDeg);
    expect(bare.at(markerY).px - labelPx).toBeLessThan(127);
  });

  it('on a phone, keeps the marker between the toolbar and the bottom sheet, and the board above the sheet', () => {
    const { at } = framed('bottom', phone);
    expect(at(markerY).px - labelPx).toBeGreaterThan(117);
    // At least the board's upper half shows above the sheet.
    expect(at(board.y).px).toBeLessThan(844 * (1 - framing.sheetFrac));
  });

  it('on a landscape phone, where nothing fits between toolbar and sheet, still keeps the marker below the toolbar', () => {
    const landscape = { aspect: 700 / 394, topInset: 117 / 394, heightPx: 394 };
    const { pose, at } = framed('bottom', landscape);
    expect(at(markerY).px - labelPx).toBeGreaterThan(117);
    // It steps back, but not without bound.
    const base = framePose(
      board,
      board.sizeM,
      board.facingYawDeg,
      'bottom',
      { ...landscape, topInset: 0 },
      markerY,
    );
    const away = (p: typeof pose) => Math.hypot(p.x - board.x, p.z - board.z);
    expect(away(pose)).toBeGreaterThan(away(base));
    expect(away(pose)).toBeLessThan(2.1 * away(base));
  });
});
