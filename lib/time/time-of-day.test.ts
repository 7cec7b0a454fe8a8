import { describe, expect, it } from "vitest";
import { formatTime12h, minutesOfDay, parseTimeOfDay } from "./time-of-day";

describe("parseTimeOfDay", () => {
  it.each([
    ["04:39 PM", "16:39"],
    ["4:39 pm", "16:39"],
    ["4:39pm", "16:39"],
    ["12:00 AM", "00:00"],
    ["12:15 PM", "12:15"],
    ["16:39", "16:39"],
    ["16:39:00", "16:39"],
    ["7:05", "07:05"],
    ["2024-08-05T16:39:00.000Z", "16:39"],
  ])("reads %s as %s", (text, expected) => {
    expect(parseTimeOfDay(text)).toBe(expected);
  });

  it.each(["", "noon", "13:00 PM", "0:30 AM", "24:00", "16:60", "2024-08-05"])("rejects %j", (text) => {
    expect(parseTimeOfDay(text)).toBeNull();
  });
});

describe("minutesOfDay", () => {
  it("counts minutes since midnight", () => {
    expect(minutesOfDay("04:39 PM")).toBe(16 * 60 + 39);
    expect(minutesOfDay("nope")).toBeNull();
  });
});

describe("formatTime12h", () => {
  it.each([
    ["16:39", "04:39 PM"],
    ["00:05", "12:05 AM"],
    ["12:00", "12:00 PM"],
    ["09:30", "09:30 AM"],
    ["4:39 pm", "04:39 PM"],
  ])("writes %s as %s", (time, expected) => {
    expect(formatTime12h(time)).toBe(expected);
  });

  it("refuses text that is not a time", () => {
    expect(() => formatTime12h("soon")).toThrow(RangeError);
  });
});
