import { beforeEach, describe, expect, it, vi } from "vitest";
import { normalisePhone } from "@/lib/contact/phone";
import { createMemoryStore } from "@/lib/store/memory-store";

const upstream = vi.hoisted(() => ({ searchClients: vi.fn(), sendWhatsAppTemplate: vi.fn() }));
const store = vi.hoisted(() => ({ current: null as unknown }));
vi.mock("@/lib/whautomate", () => upstream);
vi.mock("@/lib/store", () => ({ getStore: () => store.current }));
vi.mock("@/lib/env", () => ({
  env: {
    SESSION_SECRET: "a-session-secret-of-at-least-32-characters",
    OTP_TEMPLATE_NAME: "booking_login_code",
    OTP_TEMPLATE_LANGUAGE: "en",
    OTP_TEMPLATE_LANGUAGES: { ar: "ar", "pt-BR": "pt_BR" },
  },
}));
const { checkSignInCode, issueSignInCode, sendSignInCode } = await import("./sign-in");

const emmaPhone = normalisePhone("GB", "07700 900101")!;
const strangerPhone = normalisePhone("GB", "07700 900999")!;
const emma = {
  id: "cli_emma",
  fullName: "Emma Clarke",
  countryCode: "+44",
  phone: "7700900101",
  email: null,
  preferredLanguage: "hi",
};
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("sign-in codes", () => {
  beforeEach(() => {
    vi.resetAllMocks();
    store.current = createMemoryStore();
    upstream.searchClients.mockImplementation(async ({ searchText }: { searchText: string }) =>
      emma.phone.includes(searchText) ? [emma] : [],
    );
  });

  it("sends the code to the client the number belongs to, with the configured template", async () => {
    const code = await issueSignInCode(emmaPhone);
    await sendSignInCode(emmaPhone, code, "en-GB");
    expect(upstream.sendWhatsAppTemplate).toHaveBeenCalledWith({
      to: { clientId: "cli_emma" },
      template: { name: "booking_login_code", language: "en" },
      bodyParameters: [code],
    });
  });

  it("uses the template's translation for the visitor's language where the business has one", async () => {
    await sendSignInCode(emmaPhone, await issueSignInCode(emmaPhone), "ar");
    await sendSignInCode(emmaPhone, await issueSignInCode(emmaPhone), "pt-BR");
    await sendSignInCode(emmaPhone, await issueSignInCode(emmaPhone), "hi");
    const languages = upstream.sendWhatsAppTemplate.mock.calls.map(([message]) => message.template.language);
    expect(languages).toEqual(["ar", "pt_BR", "en"]);
  });

  it("sends nothing for a number that is no client's", async () => {
    await sendSignInCode(strangerPhone, await issueSignInCode(strangerPhone), "en-US");
    expect(upstream.sendWhatsAppTemplate).not.toHaveBeenCalled();
  });

  it("answers a wrong guess the same way whether or not the number is a client's", async () => {
    const emmaCode = await issueSignInCode(emmaPhone);
    const strangerCode = await issueSignInCode(strangerPhone);
    expect(await checkSignInCode(emmaPhone, wrong(emmaCode))).toEqual({ status: "invalid" });
    expect(await checkSignInCode(strangerPhone, wrong(strangerCode))).toEqual({ status: "invalid" });
  });

  it("opens nothing for a number with no client, even with its code", async () => {
    const code = await issueSignInCode(strangerPhone);
    expect(await checkSignInCode(strangerPhone, code)).toEqual({ status: "expired" });
  });

  it("names the client on the right code, once", async () => {
    const code = await issueSignInCode(emmaPhone);
    expect(await checkSignInCode(emmaPhone, code)).toEqual({
      status: "ok",
      clientId: "cli_emma",
      preferredLanguage: "hi",
    });
    expect(await checkSignInCode(emmaPhone, code)).toEqual({ status: "expired" });
  });

  it("refuses the sixth try even when it is right", async () => {
    const code = await issueSignInCode(emmaPhone);
    for (let i = 0; i < 5; i++) await checkSignInCode(emmaPhone, wrong(code));
    expect(await checkSignInCode(emmaPhone, code)).toEqual({ status: "expired" });
  });
});
