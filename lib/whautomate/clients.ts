import "server-only";
import { z } from "zod";
import { defaultHttp } from "./client";
import type { WhautomateHttp } from "./http";
import { fetchAllPages } from "./paginate";
import { reshapeClient } from "./reshape/client";
import { createClientBody, rawClientSchema } from "./schemas/clients";
import type { Client } from "./types";

export interface CreateClientInput {
  fullName: string;
  /** "+1" */
  countryCode: string;
  /** Digits without the country code. */
  phone: string;
  email?: string;
  primaryLocationId?: string;
}

export interface ClientSearch {
  searchText?: string;
  primaryLocationId?: string;
}

export async function createClient(
  input: CreateClientInput,
  http: WhautomateHttp = defaultHttp(),
): Promise<Client> {
  const { primaryLocationId, ...client } = input;
  const value = { ...client, primaryLocation: primaryLocationId ? { id: primaryLocationId } : undefined };
  const raw = await http.request("POST", "/v1/clients", {
    body: { schema: createClientBody, value },
    schema: rawClientSchema,
  });
  return reshapeClient(raw);
}

/** The API has no phone filter: match countryCode + phone on the results. */
export async function searchClients(
  search: ClientSearch = {},
  http: WhautomateHttp = defaultHttp(),
): Promise<Client[]> {
  const raw = await fetchAllPages("GET /v1/clients", (page, limit) =>
    http.request("GET", "/v1/clients", {
      query: { ...search, page, limit },
      schema: z.array(rawClientSchema),
    }),
  );
  return raw.map(reshapeClient);
}

export async function getClient(clientId: string, http: WhautomateHttp = defaultHttp()): Promise<Client> {
  const path = `/v1/clients/${encodeURIComponent(clientId)}`;
  return reshapeClient(await http.request("GET", path, { schema: rawClientSchema }));
}
