import { z } from "zod";
import { idBody, optionalText } from "./common";

const template = z.object({ name: z.string().min(1), language: z.string().min(2) });
const extras = {
  template,
  location: idBody.optional(),
  bodyTextParameters: z.array(z.string()).optional(),
  headerTextParameters: z.array(z.string()).optional(),
  buttonUrlParameters: z.array(z.string()).optional(),
};

export const sendTemplateBody = z.union([
  z.object({ client: idBody, ...extras }),
  z.object({ contact: idBody, ...extras }),
  z.object({
    // The vendor's spelling.
    recepient: z.object({ phoneNumber: z.string().regex(/^\+?\d{6,16}$/), name: z.string().min(1) }),
    ...extras,
  }),
]);

/** A send may answer 200 and still carry an `error`. */
export const sendTemplateResponse = z.looseObject({ error: optionalText }).nullish();
