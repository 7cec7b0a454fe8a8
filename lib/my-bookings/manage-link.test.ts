import { describe, expect, it, vi } from "vitest";
import { verifyManageToken } from "@/lib/session/manage-token";

const secret = "a-session-secret-of-at-least-32-characters";
vi.mock("@/lib/env", () => ({
  env: {
    SESSION_SECRET: "a-session-secret-of-at-least-32-characters",
    SESSION_SECRETS: ["a-session-secret-of-at-least-32-characters"],
  },
}));
const { createManageLink } = await import("./manage-link");

describe("createManageLink", () => {
  const startsAt = "2026-06-10T09:00:00.000Z";
  const dayAfterStart = Date.parse(startsAt) + 24 * 3_600_000;

  it("carries the token in the fragment, never in the path or query", () => {
    const link = createManageLink("appointment", "apt_1", "cli_emma", startsAt);
    expect(link).toMatch(/^\/manage#[\w-]+\.[\w-]+$/);
  });

  it("grants this booking of this client until a day after it starts", () => {
    const token = createManageLink("class", "cls_1", "cli_emma", startsAt).split("#")[1]!;
    expect(verifyManageToken(token, [secret], dayAfterStart - 1)).toEqual({
      kind: "class",
      bookingId: "cls_1",
      clientId: "cli_emma",
      expiresAt: dayAfterStart,
    });
    expect(verifyManageToken(token, [secret], dayAfterStart)).toBeNull();
  });
});
