import { outsideRenderRecord, renderDependsOn, renderIsUnshareable } from "@/lib/rendering/render-record";
import type { KeyValueStore } from "@/lib/store/key-value-store";
import { UpstreamRateLimitedError, UpstreamUnavailableError } from "@/lib/whautomate/errors";

export interface CachedRead<T> {
  value: T;
  /** True when the upstream failed and this is the last good answer, which may be out of date. */
  stale: boolean;
  fetchedAt: number;
}

export interface ReadOptions<T> {
  /** How long an answer is served without asking the upstream again. */
  freshMs: number;
  /** How long the last good answer is kept to fall back on when the upstream is busy or down. */
  keepMs: number;
  /** Invalidation tags: bumping any of them (see `invalidate`) makes the next read ask the upstream. */
  tags?: string[];
  load: () => Promise<T>;
}

interface Entry<T> {
  value: T;
  at: number;
  /** The entry's tag versions when it was loaded; a bump since makes it out of date. */
  version: string;
}

// After a busy or failing answer, visitors get the last good answer at once and one background
// call per key tries again this often, instead of every visitor waiting on a struggling upstream.
export const RETRY_AFTER_FAILURE_MS = 5_000;

// Parsing a cached answer was the largest part of a warm read of our own code (a month of slots is
// tens of KB of JSON). The last parse of each key is kept and reused while the store holds the same
// text; at most this many keys, the least recently read forgotten first.
const PARSED_KEYS = 2_000;

/**
 * Readers share one value, so none may change it: it is frozen, once per answer, so code that tries
 * fails where it does it instead of changing what the next visitor is shown.
 */
function shared<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) shared(inner);
  return value;
}

const transient = (error: unknown) =>
  error instanceof UpstreamRateLimitedError || error instanceof UpstreamUnavailableError;

/**
 * Serves many visitors from few upstream calls: answers are shared through the store (memory or
 * Redis), identical reads in flight in this process share one call, and a busy or failing
 * upstream falls back to the last good answer, marked stale, while it is retried in the background.
 */
export function createReadCache(
  store: KeyValueStore,
  now: () => number = Date.now,
  /** Takes one upstream call from the account's read budget; false when this minute's is spent. */
  spend: () => Promise<boolean> = async () => true,
) {
  const inFlight = new Map<string, Promise<unknown>>();
  const failedAt = new Map<string, number>();
  const parsed = new Map<string, { text: string; entry: Entry<unknown> }>();

  function remember(key: string, text: string, entry: Entry<unknown>): void {
    parsed.delete(key);
    parsed.set(key, { text, entry });
    if (parsed.size > PARSED_KEYS) parsed.delete(parsed.keys().next().value!);
  }

  function parse<T>(key: string, text: string): Entry<T> {
    const last = parsed.get(key);
    if (last?.text === text) {
      remember(key, text, last.entry);
      return last.entry as Entry<T>;
    }
    const entry = shared(JSON.parse(text) as Entry<T>);
    remember(key, text, entry);
    return entry;
  }

  async function currentVersion(tags: string[], lookups?: Map<string, Promise<unknown>>): Promise<string> {
    const versions = await Promise.all(
      tags.map(async (tag) => {
        const key = `tag:${tag}`;
        let version = lookups?.get(key) as Promise<string | null> | undefined;
        if (!version) {
          version = store.get(key);
          lookups?.set(key, version);
        }
        return (await version) ?? "0";
      }),
    );
    return versions.join(".");
  }

  function load<T>(key: string, version: string, options: ReadOptions<T>): Promise<Entry<T>> {
    const flightKey = `${key}@${version}`;
    let pending = inFlight.get(flightKey) as Promise<Entry<T>> | undefined;
    if (pending) return pending;
    pending = outsideRenderRecord(() => options.load())
      .then(async (value) => {
        const fresh = shared({ value, at: now(), version });
        const text = JSON.stringify(fresh);
        remember(key, text, fresh);
        await store.set(`cache:${key}`, text, options.keepMs);
        failedAt.delete(key);
        return fresh;
      })
      .catch((error: unknown) => {
        if (transient(error)) failedAt.set(key, now());
        throw error;
      })
      .finally(() => inFlight.delete(flightKey));
    inFlight.set(flightKey, pending);
    return pending;
  }

  // A page rendered from an answer may be served again while the answer would be: fresh and not
  // invalidated since (lib/rendering/render-record.ts).
  function served<T>(entry: Entry<T>, options: ReadOptions<T>): CachedRead<T> {
    const { at, version } = entry;
    const tags = options.tags ?? [];
    renderDependsOn(
      async (lookups) => now() - at < options.freshMs && (await currentVersion(tags, lookups)) === version,
    );
    return { value: entry.value, stale: false, fetchedAt: at };
  }

  function servedStale<T>(entry: Entry<T>): CachedRead<T> {
    renderIsUnshareable("an upstream answer that may be out of date");
    return { value: entry.value, stale: true, fetchedAt: entry.at };
  }

  async function read<T>(key: string, options: ReadOptions<T>): Promise<CachedRead<T>> {
    const version = await currentVersion(options.tags ?? []);
    const cached = await store.get(`cache:${key}`);
    const entry = cached ? parse<T>(key, cached) : null;
    if (entry && entry.version === version && now() - entry.at < options.freshMs) {
      return served(entry, options);
    }
    const lastFailure = failedAt.get(key);
    if (entry && lastFailure !== undefined) {
      if (now() - lastFailure >= RETRY_AFTER_FAILURE_MS) load(key, version, options).catch(() => undefined);
      return servedStale(entry);
    }
    // Every upstream call counts against the budget. Once it is spent, an answer past its time
    // but not invalidated beats a 429 for everyone, bookings included; a cold or invalidated read
    // still goes upstream, so nobody is shown a time this app knows is gone.
    const withinBudget = inFlight.has(`${key}@${version}`) || (await spend());
    if (entry && entry.version === version && !withinBudget) return served(entry, options);
    try {
      return served(await load(key, version, options), options);
    } catch (error) {
      renderIsUnshareable("an upstream read that failed");
      // Even an answer from before an invalidation beats an error page; it is marked as such, and
      // nothing is ever booked on it (bookings are checked by the upstream itself).
      if (entry && transient(error)) return servedStale(entry);
      throw error;
    }
  }

  /** Every entry read with one of these tags is from now on read afresh from the upstream. */
  async function invalidate(...tags: string[]): Promise<void> {
    // A never-repeated version rather than a counter: once the mark expires (a day, at least
    // keepMs), a counter would restart and could make old entries look current again.
    const version = `${now().toString(36)}-${crypto.randomUUID()}`;
    await Promise.all(tags.map((tag) => store.set(`tag:${tag}`, version, 86_400_000)));
  }

  return { read, invalidate };
}

export type ReadCache = ReturnType<typeof createReadCache>;
