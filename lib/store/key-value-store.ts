/** A small string store with expiry, shared by every app instance when backed by Redis. */
export interface KeyValueStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Returns false, and leaves the value alone, when the key already holds a live value. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  delete(...keys: string[]): Promise<void>;
  /** Fixed window counter: the TTL starts at the first increment and later increments keep it. */
  increment(key: string, ttlMs: number): Promise<number>;
  close?(): Promise<void>;
}
