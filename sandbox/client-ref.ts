import { z } from "zod";
import { invalidBody } from "./http";
import { digitsOnly, findClient, findClientByPhone, newId } from "./lookup";
import type { ClientRecord, SandboxState } from "./types";

/** `{id}` for a known client, or name and phone to match (by digits) or create one. */
export const clientRefSchema = z.object({
  id: z.string().min(1).optional(),
  fullName: z.string().optional(),
  countryCode: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
});

export type ClientRef = z.infer<typeof clientRefSchema>;

const COUNTRY_CODE = /^\+?\d{1,4}$/;

export interface NewClientInput {
  fullName: string;
  countryCode: string;
  phone: string;
  email?: string;
  primaryLocationId: string | null;
}

export function normaliseNewClient(input: NewClientInput, now: number): ClientRecord {
  const fullName = input.fullName.trim();
  const countryCode = input.countryCode.replace(/\s/g, "");
  const phone = digitsOnly(input.phone);
  if (!fullName || !COUNTRY_CODE.test(countryCode) || phone.length < 4 || phone.length > 15)
    throw invalidBody();
  const createdAt = new Date(now).toISOString();
  return {
    id: newId("cli"),
    fullName,
    countryCode: `+${digitsOnly(countryCode)}`,
    phone,
    email: input.email?.trim() ?? "",
    primaryLocationId: input.primaryLocationId,
    preferredLanguage: null,
    tags: [],
    createdAt,
    updatedAt: createdAt,
  };
}

/**
 * Resolves without writing: a new client is returned unsaved so a request refused later leaves no trace.
 * Call `saveClient` once everything else has passed.
 */
export function resolveClientRef(
  state: SandboxState,
  ref: ClientRef,
  primaryLocationId: string | null,
  now: number,
): { client: ClientRecord; isNew: boolean } {
  if (ref.id) return { client: findClient(state, ref.id), isNew: false };
  if (ref.fullName === undefined || ref.countryCode === undefined || ref.phone === undefined)
    throw invalidBody();
  const existing = findClientByPhone(state, ref.countryCode, ref.phone);
  if (existing) return { client: existing, isNew: false };
  const client = normaliseNewClient(
    {
      fullName: ref.fullName,
      countryCode: ref.countryCode,
      phone: ref.phone,
      email: ref.email,
      primaryLocationId,
    },
    now,
  );
  return { client, isNew: true };
}

export function saveClient(state: SandboxState, resolved: { client: ClientRecord; isNew: boolean }): void {
  if (resolved.isNew) state.clients.push(resolved.client);
}
