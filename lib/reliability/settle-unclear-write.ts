import "server-only";
import { unclearMarks } from "./unclear-marks";

export type Settled<T> =
  | { kind: "done"; value: T }
  /** The upstream answered the check: the write did not happen. */
  | { kind: "not_done" }
  /** The check failed too: the write may or may not have happened. */
  | { kind: "unknown" };

/**
 * After a write whose answer was lost, looks for its effect. Until one is found, the doubt is
 * remembered under `markKey` so the next attempt looks again before writing.
 */
export async function settleUnclearWrite<T>(
  markKey: string,
  lookUp: () => Promise<T | null>,
): Promise<Settled<T>> {
  let found: T | null;
  try {
    found = await lookUp();
  } catch (error) {
    console.warn(`[reliability] could not check an unclear write (${markKey}):`, describe(error));
    await unclearMarks.add(markKey);
    return { kind: "unknown" };
  }
  if (found === null) {
    await unclearMarks.add(markKey);
    return { kind: "not_done" };
  }
  await unclearMarks.clear(markKey);
  return { kind: "done", value: found };
}

/** Before a write: null when no earlier attempt was unclear, otherwise what the check found. */
export async function settleEarlierAttempt<T>(
  markKey: string,
  lookUp: () => Promise<T | null>,
): Promise<Settled<T> | null> {
  if (!(await unclearMarks.has(markKey))) return null;
  return settleUnclearWrite(markKey, lookUp);
}

/** Logs the write whose answer was lost, naming the call and why. */
export function logUnclearWrite(markKey: string, error: unknown): void {
  console.warn(`[reliability] unclear write (${markKey}), checking the upstream:`, describe(error));
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
