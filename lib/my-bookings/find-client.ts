import "server-only";
import type { NormalisedPhone } from "@/lib/contact/phone";
import { searchClients } from "@/lib/whautomate";
import type { Client } from "@/lib/whautomate/types";
import { isSamePhone } from "./phone-match";

export async function findClientByPhone(phone: NormalisedPhone): Promise<Client | null> {
  const candidates = await searchClients({ searchText: phone.phone });
  return candidates.find((client) => isSamePhone(client, phone)) ?? null;
}
