import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { decodeBase64Url, encodeBase64Url } from "./base64url";

/** Each use gets its own key, so a value made for one purpose is never accepted for another. */
export type KeyPurpose = "session" | "manage-token" | "otp";

const sealVersion = "v1";
const ivLength = 12;
const tagLength = 16;

export function deriveKey(secret: string, purpose: KeyPurpose): Buffer {
  return Buffer.from(
    hkdfSync("sha256", secret, "whautomate-booking-portal", `booking-portal/${purpose}`, 32),
  );
}

/** AES-256-GCM: the payload is both hidden from and unforgeable by whoever holds the token. */
export function seal(payload: object, secret: string, purpose: KeyPurpose): string {
  const iv = randomBytes(ivLength);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(secret, purpose), iv);
  cipher.setAAD(Buffer.from(sealVersion));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(payload), "utf8"), cipher.final()]);
  return `${sealVersion}.${encodeBase64Url(Buffer.concat([iv, ciphertext, cipher.getAuthTag()]))}`;
}

/** The payload, or null for anything not sealed by `seal` with this secret and purpose. */
export function unseal(token: string, secret: string, purpose: KeyPurpose): unknown {
  const [version, body, ...rest] = token.split(".");
  if (version !== sealVersion || body === undefined || rest.length > 0) return null;
  const bytes = decodeBase64Url(body);
  if (bytes === null || bytes.length < ivLength + tagLength) return null;
  try {
    const decipher = createDecipheriv(
      "aes-256-gcm",
      deriveKey(secret, purpose),
      bytes.subarray(0, ivLength),
      {
        authTagLength: tagLength,
      },
    );
    decipher.setAAD(Buffer.from(sealVersion));
    decipher.setAuthTag(bytes.subarray(bytes.length - tagLength));
    const plaintext = Buffer.concat([
      decipher.update(bytes.subarray(ivLength, bytes.length - tagLength)),
      decipher.final(),
    ]);
    return JSON.parse(plaintext.toString("utf8")) as unknown;
  } catch {
    return null;
  }
}
