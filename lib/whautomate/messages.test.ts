import { describe, expect, it, vi } from "vitest";
import { UpstreamInvalidRequestError } from "./errors";
import { sendWhatsAppTemplate } from "./messages";
import { withStubUpstream } from "@/test/support/upstream/api-harness";

vi.mock("./client", () => ({
  defaultHttp: () => {
    throw new Error("tests pass their own http");
  },
}));

const harness = withStubUpstream();

describe("sendWhatsAppTemplate", () => {
  it("addresses a phone number with the vendor's spelling of recipient", async () => {
    harness.upstream.answer({ json: { id: "msg_1" } });
    await sendWhatsAppTemplate(
      {
        to: { phoneNumber: "+447700900123", name: "Ada" },
        template: { name: "booking_login_code", language: "en" },
        locationId: "loc_1",
        bodyParameters: ["123456"],
      },
      harness.http,
    );
    expect(harness.upstream.requests[0]?.body).toEqual({
      recepient: { phoneNumber: "+447700900123", name: "Ada" },
      template: { name: "booking_login_code", language: "en" },
      location: { id: "loc_1" },
      bodyTextParameters: ["123456"],
    });
  });

  it("treats a 200 carrying an error as a refusal", async () => {
    harness.upstream.answer({ json: { error: "Template not approved" } });
    const sending = sendWhatsAppTemplate(
      { to: { clientId: "cli_1" }, template: { name: "t", language: "en" } },
      harness.http,
    );
    await expect(sending).rejects.toBeInstanceOf(UpstreamInvalidRequestError);
    await expect(sending).rejects.toMatchObject({ upstreamMessage: "Template not approved" });
    expect(harness.upstream.requests[0]?.body).toEqual({
      client: { id: "cli_1" },
      template: { name: "t", language: "en" },
    });
  });
});
