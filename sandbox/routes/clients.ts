import { z } from "zod";
import { normaliseNewClient } from "../client-ref";
import { invalidBody, ok, paginate, readPage, readText, rejected } from "../http";
import { digitsOnly, findClient, findClientByPhone, findLocation } from "../lookup";
import type { Route } from "../router";
import { clientJson } from "../shapes";

const createBody = z.object({
  fullName: z.string(),
  countryCode: z.string(),
  phone: z.string(),
  email: z.string().optional(),
  primaryLocation: z.object({ id: z.string().min(1) }).nullish(),
});

export const clientRoutes: Route[] = [
  {
    method: "GET",
    template: "/v1/clients",
    handler: ({ state, query }) => {
      const page = readPage(query);
      const search = readText(query, "searchText")?.toLowerCase();
      const searchDigits = search === undefined ? "" : digitsOnly(search);
      const primaryLocationId = readText(query, "primaryLocationId");
      if (primaryLocationId !== undefined) findLocation(state, primaryLocationId);
      const tags =
        readText(query, "tags")
          ?.split(",")
          .map((tag) => tag.trim())
          .filter(Boolean) ?? [];
      const matching = state.clients.filter(
        (client) =>
          (primaryLocationId === undefined || client.primaryLocationId === primaryLocationId) &&
          tags.every((tag) => client.tags.includes(tag)) &&
          (search === undefined ||
            client.fullName.toLowerCase().includes(search) ||
            (searchDigits !== "" && digitsOnly(client.countryCode + client.phone).includes(searchDigits))),
      );
      return ok(paginate(matching, page).map(clientJson));
    },
  },
  {
    method: "GET",
    template: "/v1/clients/:id",
    handler: ({ state, params }) => ok(clientJson(findClient(state, params.id))),
  },
  {
    method: "POST",
    template: "/v1/clients",
    handler: ({ state, store, body, now }) => {
      const input = createBody.safeParse(body);
      if (!input.success) throw invalidBody();
      const primaryLocationId = input.data.primaryLocation
        ? findLocation(state, input.data.primaryLocation.id).id
        : null;
      const client = normaliseNewClient({ ...input.data, primaryLocationId }, now);
      if (findClientByPhone(state, client.countryCode, client.phone)) throw rejected("Client already exists");
      state.clients.push(client);
      store.markChanged();
      return ok(clientJson(client));
    },
  },
];
