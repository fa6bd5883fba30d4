// Timing helpers shared by the benchmark sections.
import { performance } from 'node:perf_hooks';

/** Runs `fn` once to warm up, then `rounds` times; returns the best time in seconds (the least disturbed run). */
export function bestOf(rounds: number, fn: () => void): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return best;
}

export const perSecond = (count: number, seconds: number): string => Math.round(count / seconds).toLocaleString('en-US');

export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
