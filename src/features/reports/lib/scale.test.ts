import { describe, expect, it } from 'vitest';
import { niceStep, niceTicks } from './scale';

describe('niceTicks', () => {
  it('rounds the axis up to a step of 1, 2 or 5 times a power of ten', () => {
    expect(niceTicks(74)).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(47)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceTicks(480)).toEqual([0, 100, 200, 300, 400, 500]);
  });

  it('gives an axis of 0 to 1 when there is nothing to show', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceStep(0)).toBe(1);
  });

  it('never uses fractional steps for counts', () => {
    expect(niceStep(2)).toBe(1);
    expect(niceTicks(1)).toEqual([0, 1]);
  });
});
