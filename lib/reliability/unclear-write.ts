import "server-only";
import { getStore } from "@/lib/store";
import { UpstreamContractError, UpstreamUnavailableError } from "@/lib/whautomate/errors";
import { log } from "@/lib/log/log";

// Long enough to cover a client retrying the same time later that day.
const MARK_TTL_MS = 6 * 60 * 60_000;

/**
 * A write whose outcome we cannot know from its answer: the upstream timed out, dropped the
 * connection or failed with a 5xx after possibly doing the work, or did it and answered with
 * something unreadable. A refusal (4xx, 429) or a body we never sent is clear: nothing changed.
 */
export function isUnclearWriteFailure(error: unknown): boolean {
  return error instanceof UpstreamUnavailableError || error instanceof UpstreamContractError;
}

/** One write, as later checks see it. */
export interface WriteAttempt {
  /** The target and the person it is for (hashed): the same for every attempt at it, by anyone. */
  key: string;
  /** Who asked (their device and details, hashed): only they may be told a record is theirs. */
  requester: string;
}

/**
 * What the upstream holds for the person at the write's target. "own": a record the attempt's
 * proof shows it made (it carries the attempt's reference, or did not exist before it);
 * "unproven": the person holds a record there that the attempt cannot show it made; "none".
 */
export type Found<T> = { kind: "own"; value: T } | { kind: "unproven" } | { kind: "none" };

export type Settled<T> =
  | { kind: "done"; value: T }
  /** The upstream answered the check: the write did not happen. */
  | { kind: "absent" }
  /** The check failed, or found a record this requester cannot be shown to have made. */
  | { kind: "unknown" };

interface Mark<Proof> {
  requester: string;
  proof: Proof;
}

const markKey = (key: string) => `unclear-write:${key}`;

/**
 * After a write whose answer was lost, looks for its effect with the proof taken before it. Unless
 * the write is found, the doubt is remembered so the next attempt at the target looks again first.
 */
export async function settleUnclearWrite<T, Proof>(
  attempt: WriteAttempt,
  proof: Proof,
  error: unknown,
  lookUp: (proof: Proof) => Promise<Found<T>>,
): Promise<Settled<T>> {
  log.warn(`[reliability] unclear write (${attempt.key}), checking the upstream`, { error });
  return settle(attempt, { requester: attempt.requester, proof }, lookUp);
}

/**
 * Before a write: null when no earlier attempt at the target was left unclear, otherwise what a
 * check with that attempt's proof finds now. Its record is reported as done only to the requester
 * who made it; anyone else hears "unknown" and writes nothing that could be a second record.
 */
export async function settleEarlierAttempt<T, Proof>(
  attempt: WriteAttempt,
  lookUp: (proof: Proof) => Promise<Found<T>>,
): Promise<Settled<T> | null> {
  const stored = await getStore().get(markKey(attempt.key));
  if (stored === null) return null;
  return settle(attempt, JSON.parse(stored) as Mark<Proof>, lookUp);
}

/** After a clear write at the target: no earlier doubt is left to check. */
export async function forgetEarlierAttempt(attempt: WriteAttempt): Promise<void> {
  await getStore().delete(markKey(attempt.key));
}

async function settle<T, Proof>(
  attempt: WriteAttempt,
  mark: Mark<Proof>,
  lookUp: (proof: Proof) => Promise<Found<T>>,
): Promise<Settled<T>> {
  let found: Found<T>;
  try {
    found = await lookUp(mark.proof);
  } catch (error) {
    log.warn(`[reliability] could not check an unclear write (${attempt.key})`, { error });
    await remember(attempt, mark);
    return { kind: "unknown" };
  }
  if (found.kind === "own" && mark.requester === attempt.requester) {
    await forgetEarlierAttempt(attempt);
    return { kind: "done", value: found.value };
  }
  await remember(attempt, mark);
  return found.kind === "none" ? { kind: "absent" } : { kind: "unknown" };
}

async function remember<Proof>(attempt: WriteAttempt, mark: Mark<Proof>): Promise<void> {
  await getStore().set(markKey(attempt.key), JSON.stringify(mark), MARK_TTL_MS);
}
