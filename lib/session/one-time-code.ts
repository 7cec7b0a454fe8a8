import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import type { KeyValueStore } from "@/lib/store/key-value-store";
import { deriveKey } from "./crypto";

export type OneTimeCodeCheck = "ok" | "invalid" | "expired" | "locked";
export type OneTimeCodes = {
  issue(subject: string): Promise<string>;
  verify(subject: string, code: string): Promise<OneTimeCodeCheck>;
};
export type OneTimeCodeOptions = { ttlMs?: number; maxAttempts?: number };

/**
 * Passwordless sign-in codes. The store holds only keyed hashes: neither the phone number (the subject)
 * nor the code can be read back from Redis, and a 6-digit code cannot be brute-forced from its hash
 * without the secret. Callers must rate-limit `issue`, since a new code also resets the attempt count.
 */
export function createOneTimeCodes(
  store: KeyValueStore,
  secret: string,
  { ttlMs = 10 * 60 * 1000, maxAttempts = 5 }: OneTimeCodeOptions = {},
): OneTimeCodes {
  const key = deriveKey(secret, "otp");
  const digest = (text: string) => createHmac("sha256", key).update(text).digest();

  function keysFor(subject: string) {
    const hashedSubject = digest(`subject:${subject}`).toString("hex").slice(0, 32);
    return {
      hashedSubject,
      codeKey: `otp:code:${hashedSubject}`,
      attemptsKey: `otp:attempts:${hashedSubject}`,
    };
  }
  // Bound to the subject, so a code issued to one number is worthless for another.
  const codeHash = (hashedSubject: string, code: string) => digest(`code:${hashedSubject}:${code}`);

  return {
    async issue(subject) {
      const { hashedSubject, codeKey, attemptsKey } = keysFor(subject);
      const code = randomInt(0, 1_000_000).toString().padStart(6, "0");
      await store.delete(attemptsKey);
      await store.set(codeKey, codeHash(hashedSubject, code).toString("hex"), ttlMs);
      return code;
    },

    async verify(subject, code) {
      const { hashedSubject, codeKey, attemptsKey } = keysFor(subject);
      const storedHex = await store.get(codeKey);
      if (storedHex === null) return "expired";
      // Counted before comparing, so once the tries are used up even the right code is refused.
      const attempts = await store.increment(attemptsKey, ttlMs);
      if (attempts > maxAttempts) return "locked";
      const stored = Buffer.from(storedHex, "hex");
      const given = codeHash(hashedSubject, code);
      if (stored.length !== given.length || !timingSafeEqual(stored, given)) return "invalid";
      await store.delete(codeKey, attemptsKey);
      return "ok";
    },
  };
}
