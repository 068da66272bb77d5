import { describe, expect, it } from 'vitest';
import type { Pose } from '../schemas/pose';
import { BONE, FIGURE } from './geometry';
import { solvePose } from './solve-pose';

const STAND: Pose = { at: [50, 50], pelvis: 0, arm: [0, 0], farArm: [0, 0], leg: [0, 0], farLeg: [0, 0] };
const near = (p: Pose, view?: 'front') => solvePose(p, view).near;

describe('solvePose', () => {
  it('stands a figure up: shoulders above the hips, knees and ankles below, feet pointing forward (left)', () => {
    const j = solvePose(STAND);
    expect(j.shoulder[0]).toBeCloseTo(50);
    expect(j.shoulder[1]).toBeCloseTo(50 - BONE.trunk);
    expect(j.head[1]).toBeCloseTo(50 - BONE.trunk - BONE.neck - FIGURE.headRadius);
    expect(j.near.ankle[1]).toBeCloseTo(50 + BONE.thigh + BONE.shin);
    expect(j.near.toe[0]).toBeCloseTo(50 - BONE.foot);
    expect(j.near.hand[1]).toBeCloseTo(j.shoulder[1] + BONE.upperArm + BONE.forearm + BONE.hand);
  });

  it('reads the angles as joints do: hip 90 lifts the thigh forward, knee 90 drops the shin, shoulder 180 reaches overhead', () => {
    const l = near({ ...STAND, leg: [90, 90], arm: [180, 0] });
    expect(l.knee[0]).toBeCloseTo(50 - BONE.thigh);
    expect(l.knee[1]).toBeCloseTo(50);
    expect(l.ankle[0]).toBeCloseTo(50 - BONE.thigh);
    expect(l.ankle[1]).toBeCloseTo(50 + BONE.shin);
    expect(l.hand[1]).toBeCloseTo(50 - BONE.trunk - BONE.upperArm - BONE.forearm - BONE.hand);
  });

  it('tips the whole body with the pelvis: 90 lies on the back with the head to the right, -90 face down with it to the left', () => {
    expect(solvePose({ ...STAND, pelvis: 90 }).head[0]).toBeGreaterThan(50 + BONE.trunk);
    expect(solvePose({ ...STAND, pelvis: -90 }).head[0]).toBeLessThan(50 - BONE.trunk);
    // Lying on the back, a hip bent to 90 points the thigh at the ceiling.
    expect(near({ ...STAND, pelvis: 90, leg: [90, 0] }).knee[1]).toBeCloseTo(50 - BONE.thigh);
  });

  it('bends the spine and the neck from the pelvis', () => {
    expect(solvePose({ ...STAND, trunk: 90 }).shoulder).toEqual([expect.closeTo(50 - BONE.trunk), expect.closeTo(50)]);
    expect(solvePose({ ...STAND, trunk: -30 }).shoulder[0]).toBeGreaterThan(50);
  });

  it('seen from the front, sets the two sides apart and moves them outwards, mirror images of each other', () => {
    const j = solvePose({ ...STAND, arm: [90, 0], farArm: [90, 0], leg: [30, 0], farLeg: [30, 0] }, 'front');
    expect(j.near.shoulder[0] - 50).toBeCloseTo(FIGURE.shoulderHalf);
    expect(50 - j.far.shoulder[0]).toBeCloseTo(FIGURE.shoulderHalf);
    expect(j.near.hand[0] - 50).toBeCloseTo(50 - j.far.hand[0]);
    expect(j.near.hand[0]).toBeGreaterThan(50 + BONE.upperArm);
    expect(j.near.ankle[0]).toBeGreaterThan(j.near.hip[0]);
    expect(j.far.ankle[0]).toBeLessThan(j.far.hip[0]);
  });
});

describe('legTo', () => {
  it('puts the ankle where it is asked, knee forward', async () => {
    const { legTo } = await import('./reach');
    for (const [pelvis, dx, dy] of [[0, -10, 30], [0, 15, 30], [-80, 5, 20], [90, -20, 5]] as const) {
      const l = near({ ...STAND, pelvis, leg: legTo(pelvis, dx, dy) });
      expect(l.ankle[0] - 50, `${pelvis} ${dx} ${dy}`).toBeCloseTo(dx, 6);
      expect(l.ankle[1] - 50, `${pelvis} ${dx} ${dy}`).toBeCloseTo(dy, 6);
    }
    // Knee forward: standing, the knee is in front of (left of) the line from hip to ankle.
    expect(near({ ...STAND, leg: legTo(0, 0, 30) }).knee[0]).toBeLessThan(50);
  });
});

describe('legTo with a foot direction', () => {
  it('points the foot where it is asked: flat forward, or down on the toes', async () => {
    const { legTo } = await import('./reach');
    const flat = near({ ...STAND, leg: legTo(0, -5, 30, 90) });
    expect(flat.toe[1]).toBeCloseTo(flat.ankle[1], 6);
    expect(flat.toe[0]).toBeLessThan(flat.ankle[0]);
    const toes = near({ ...STAND, leg: legTo(0, 20, 25, 0) });
    expect(toes.toe[0]).toBeCloseTo(toes.ankle[0], 6);
    expect(toes.toe[1]).toBeGreaterThan(toes.ankle[1]);
  });
});
