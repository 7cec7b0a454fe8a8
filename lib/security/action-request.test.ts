import { describe, expect, it } from "vitest";
import { actionBodyLimitBytes, isActionRequest, screenActionBody, screenActionHead } from "./action-request";

const actionId = "40faf3ac4fcf988b754246280fd6c511c37b712710";
const head = {
  actionId,
  contentType: "text/plain;charset=UTF-8",
  contentLength: "20",
  origin: "https://book.example",
  host: "book.example",
  knownActionIds: new Set([actionId]),
};

describe("isActionRequest", () => {
  it("is a POST to a page; route handlers answer their own", () => {
    expect(isActionRequest("POST", "/sign-in")).toBe(true);
    expect(isActionRequest("GET", "/sign-in")).toBe(false);
    expect(isActionRequest("POST", "/api/webhooks/whautomate")).toBe(false);
  });
});

describe("screenActionHead", () => {
  it("lets an action of this build from this site through", () => {
    expect(screenActionHead(head)).toBeNull();
    expect(screenActionHead({ ...head, contentType: "multipart/form-data; boundary=x" })).toBeNull();
    expect(screenActionHead({ ...head, origin: undefined })).toBeNull();
  });

  it("refuses a body over the limit by its length, before reading it", () => {
    expect(screenActionHead({ ...head, contentLength: String(actionBodyLimitBytes + 1) })?.status).toBe(413);
  });

  it("refuses content types an action never sends", () => {
    for (const contentType of ["application/json", "application/x-www-form-urlencoded", undefined]) {
      expect(screenActionHead({ ...head, contentType })?.status, contentType).toBe(415);
    }
    expect(screenActionHead({ ...head, actionId: undefined })?.status).toBe(415);
  });

  it("refuses another site's origin, forwarded host or not", () => {
    expect(screenActionHead({ ...head, origin: "https://evil.example" })?.status).toBe(403);
    expect(screenActionHead({ ...head, origin: "not a url" })?.status).toBe(403);
  });

  it("answers an unknown action like Next (409 for another build's id, 400 for garbage), without a stack", () => {
    expect(screenActionHead({ ...head, actionId: "7f".repeat(21) })?.status).toBe(409);
    expect(screenActionHead({ ...head, actionId: "nonsense" })?.status).toBe(400);
    expect(screenActionHead({ ...head, actionId: "nonsense", knownActionIds: null })).toBeNull();
  });
});

describe("screenActionBody", () => {
  it("takes a JSON array of arguments or a readable form", async () => {
    expect(await screenActionBody("text/plain", Buffer.from('[{"phone":"1"}]'))).toBeNull();
    const form = new FormData();
    form.set("0", '["$K1"]');
    const request = new Request("http://x/", { method: "POST", body: form });
    const body = Buffer.from(await request.arrayBuffer());
    expect(await screenActionBody(request.headers.get("content-type")!, body)).toBeNull();
  });

  it("refuses garbage with 400", async () => {
    for (const garbage of ["{not json", '{"phone":"1"}', "", "\u0000\u0001"]) {
      expect((await screenActionBody("text/plain", Buffer.from(garbage)))?.status, garbage).toBe(400);
    }
    expect((await screenActionBody("multipart/form-data; boundary=x", Buffer.from("garbage")))?.status).toBe(
      400,
    );
  });
});
