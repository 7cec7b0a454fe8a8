import { describe, expect, it } from "vitest";
import { requestOrigin } from "./request-origin";

describe("requestOrigin", () => {
  it("uses what a reverse proxy forwarded", () => {
    const headers = new Headers({
      host: "10.0.0.5:3000",
      "x-forwarded-host": "book.salon.example",
      "x-forwarded-proto": "https",
    });
    expect(requestOrigin(headers)).toBe("https://book.salon.example");
  });

  it("assumes https except on this machine", () => {
    expect(requestOrigin(new Headers({ host: "book.salon.example" }))).toBe("https://book.salon.example");
    expect(requestOrigin(new Headers({ host: "localhost:3000" }))).toBe("http://localhost:3000");
  });
});
