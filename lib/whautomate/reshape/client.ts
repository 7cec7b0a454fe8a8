import type { RawClient } from "../schemas/clients";
import type { Client } from "../types";

export function reshapeClient(raw: RawClient): Client {
  return {
    id: raw.id,
    fullName: raw.fullName ?? "",
    countryCode: raw.countryCode ?? "",
    phone: raw.phone === null || raw.phone === undefined ? "" : String(raw.phone),
    email: raw.email?.trim() || null,
    preferredLanguage: raw.preferredLanguage?.trim() || null,
  };
}
