import "server-only";
import { defaultHttp } from "./client";
import { UpstreamInvalidRequestError } from "./errors";
import type { WhautomateHttp } from "./http";
import { sendTemplateBody, sendTemplateResponse } from "./schemas/messages";

export interface WhatsAppTemplateMessage {
  to: { clientId: string } | { phoneNumber: string; name: string };
  template: { name: string; language: string };
  locationId?: string;
  bodyParameters?: string[];
}

const OPERATION = "POST /v1/messages/whatsapp/sendtemplate";

export async function sendWhatsAppTemplate(
  message: WhatsAppTemplateMessage,
  http: WhautomateHttp = defaultHttp(),
): Promise<void> {
  const { to, template, locationId, bodyParameters } = message;
  const value = {
    ...("clientId" in to
      ? { client: { id: to.clientId } }
      : { recepient: { phoneNumber: to.phoneNumber, name: to.name } }),
    template,
    location: locationId ? { id: locationId } : undefined,
    bodyTextParameters: bodyParameters,
  };
  const response = await http.request("POST", "/v1/messages/whatsapp/sendtemplate", {
    body: { schema: sendTemplateBody, value },
    schema: sendTemplateResponse,
  });
  if (response?.error) {
    throw new UpstreamInvalidRequestError(`${OPERATION}: ${response.error}`, {
      upstreamMessage: response.error,
    });
  }
}
