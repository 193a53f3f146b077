/** A round step (1, 2 or 5 times a power of ten) giving at most `maxTicks` steps up to max. */
export function niceStep(max: number, maxTicks = 5): number {
  if (!(max > 0)) return 1;
  const rough = max / maxTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const m of [1, 2, 5, 10]) {
    const step = m * power;
    if (step >= rough) return Math.max(1, step);
  }
  return Math.max(1, 10 * power);
}

/** Axis ticks from 0 to the first step at or above max: niceTicks(74) -> [0, 20, 40, 60, 80]. */
export function niceTicks(max: number, maxTicks = 5): number[] {
  const step = niceStep(max, maxTicks);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return ticks;
}
