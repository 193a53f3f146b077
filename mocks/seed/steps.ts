// The seed as steps (a generator that yields after each child): run in one go, or in slices that
// give the event loop a turn between them, so a server that is seeding 100,000 children still
// answers. The steps are the same code in the same order either way: the same data.
import { nextTurn } from '../next-turn';

/** Runs every step at once and gives the result. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** Runs the steps in slices of about `sliceMs`, yielding to the event loop between them. */
export async function runStepsInSlices<T>(steps: Generator<void, T>, sliceMs: number): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}
