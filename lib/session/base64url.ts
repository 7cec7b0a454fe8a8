export function encodeBase64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64url");
}

/**
 * Null unless `text` is the one canonical base64url spelling of its bytes. Node's decoder skips stray
 * characters and ignores the unused low bits of the last one, so without this check a changed character
 * could decode to the same bytes and a tampered token would still verify.
 */
export function decodeBase64Url(text: string): Buffer | null {
  const bytes = Buffer.from(text, "base64url");
  return bytes.toString("base64url") === text ? bytes : null;
}
