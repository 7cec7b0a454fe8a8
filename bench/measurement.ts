// One row of the benchmark's table.
import { median } from "./stats";

export interface Target {
  /** "≤ 300 ms" */
  label: string;
  met: (value: number) => boolean;
}

export interface Measurement {
  name: string;
  unit: "ms" | "KB" | "requests" | "requests/min" | "requests/s" | "count" | "score";
  /** Median of the samples, or the single value measured; null when not available. */
  value: number | null;
  samples: number[];
  target: Target | null;
  /** Why there is no value ("n/a (…)"), or how it was measured. */
  note: string;
}

export function fromSamples(
  name: string,
  unit: Measurement["unit"],
  samples: number[],
  target: Target | null,
  note = "",
): Measurement {
  return { name, unit, value: samples.length ? median(samples) : null, samples, target, note };
}

export function notAvailable(
  name: string,
  unit: Measurement["unit"],
  target: Target | null,
  reason: string,
): Measurement {
  return { name, unit, value: null, samples: [], target, note: `n/a (${reason})` };
}

export const atMost = (limit: number, unit: string): Target => ({
  label: `≤ ${limit} ${unit}`,
  met: (value) => value <= limit,
});

export const atLeast = (limit: number, unit = ""): Target => ({
  label: `≥ ${limit}${unit ? ` ${unit}` : ""}`,
  met: (value) => value >= limit,
});

export const below = (limit: number, unit: string): Target => ({
  label: `< ${limit} ${unit}`,
  met: (value) => value < limit,
});

export const exactly = (expected: number): Target => ({
  label: `= ${expected}`,
  met: (value) => value === expected,
});

/** Short reason from an error, for an "n/a (…)" cell. */
export function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0]!.replace(/\s+/g, " ").slice(0, 120);
}
