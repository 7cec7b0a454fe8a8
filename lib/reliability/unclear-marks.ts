import "server-only";
import { getStore } from "@/lib/store";

// Long enough to cover a client retrying the same time later that day.
const MARK_TTL_MS = 6 * 60 * 60_000;

/**
 * Remembers writes whose outcome was unclear, so the next attempt at the same thing checks the
 * upstream before writing again, whatever request id the browser sends.
 */
export const unclearMarks = {
  async add(key: string): Promise<void> {
    await getStore().set(`unclear-write:${key}`, "1", MARK_TTL_MS);
  },
  async has(key: string): Promise<boolean> {
    return (await getStore().get(`unclear-write:${key}`)) !== null;
  },
  async clear(key: string): Promise<void> {
    await getStore().delete(`unclear-write:${key}`);
  },
};
