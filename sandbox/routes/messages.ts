import { z } from "zod";
import { invalidBody, ok, unknownId } from "../http";
import { findLocation, newId } from "../lookup";
import type { Route } from "../router";
import { isoInstant } from "../time";
import type { OutboxMessage } from "../types";

const idRef = z.object({ id: z.string().min(1) });
const textList = z.array(z.string()).optional();

// "recepient" is the vendor's spelling, so a client that "fixes" it gets the same 400 as from the real API.
const sendTemplateBody = z.object({
  client: idRef.optional(),
  contact: idRef.optional(),
  recepient: z.object({ phoneNumber: z.string().min(4), name: z.string().optional() }).optional(),
  template: z.object({ name: z.string().min(1), language: z.string().min(1) }),
  location: idRef.optional(),
  bodyTextParameters: textList,
  headerTextParameters: textList,
  buttonUrlParameters: textList,
});

export const messageRoutes: Route[] = [
  {
    method: "POST",
    template: "/v1/messages/whatsapp/sendtemplate",
    handler: ({ state, store, body, now }) => {
      const input = sendTemplateBody.safeParse(body);
      if (!input.success) throw invalidBody();
      const request = input.data;
      if (request.location) findLocation(state, request.location.id);
      let to: OutboxMessage["to"];
      const knownId = request.client?.id ?? request.contact?.id;
      if (knownId !== undefined) {
        const client = state.clients.find((candidate) => candidate.id === knownId);
        if (!client) throw unknownId(request.client ? "clientId" : "contactId");
        to = {
          phoneNumber: `${client.countryCode}${client.phone}`,
          clientId: client.id,
          name: client.fullName,
        };
      } else if (request.recepient) {
        to = {
          phoneNumber: request.recepient.phoneNumber,
          clientId: null,
          name: request.recepient.name ?? null,
        };
      } else {
        throw invalidBody();
      }
      const message: OutboxMessage = {
        id: newId("msg"),
        sentBy: "api",
        to,
        template: request.template,
        locationId: request.location?.id ?? null,
        bodyTextParameters: request.bodyTextParameters ?? [],
        headerTextParameters: request.headerTextParameters ?? [],
        buttonUrlParameters: request.buttonUrlParameters ?? [],
        sentAt: isoInstant(now),
      };
      state.outbox.push(message);
      store.markChanged();
      return ok({ id: message.id, status: "sent" });
    },
  },
];
