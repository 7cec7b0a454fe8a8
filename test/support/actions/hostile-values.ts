// Inputs a visitor (or a script posing as the browser) can send to a server action. Server actions
// take whatever React can serialise, so every field may arrive with any type and any size.

const huge = "x".repeat(200_000);

/** Wrong for any field: wrong types, absence, and a string far past any limit. */
export const wrongForAnyField: unknown[] = [
  undefined,
  null,
  0,
  -1,
  1e308,
  Number.NaN,
  true,
  [],
  ["x"],
  {},
  { toString: "x" },
  huge,
];

/** Ids that are not ids, or that would steer an upstream URL path. */
export const badIds = [
  "",
  "../v1/clients",
  "apt/../../v1/clients",
  "apt%2F..%2Fclients",
  "apt 1",
  "apt?limit=100",
  "<script>alert(1)</script>",
  "apt\u0000",
  "a".repeat(121),
];

export const badInstants = [
  "",
  "tomorrow",
  "2026-02-30T10:00:00Z",
  "2026-11-23T25:00:00Z",
  "2026-11-23",
  "2026-11-23T10:00:00",
  "1700000000000",
  "+275760-09-13T00:00:00.001Z",
];

export const badNames = [
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "{{constructor.constructor('alert(1)')()}}",
  "A",
  "Ada\u0007Lovelace",
  "a".repeat(81),
];

export const badPhones = ["not a number", "12", "+44 call me", "0".repeat(41), "", "07700 900123<script>"];

export const badCountries = ["", "XX", "GBR", "gb", "<b>"];

export const badMonths = ["", "2026-13", "2026-00", "2026-1", "26-01", "2026-01-01", "2026/01"];

export const badTimeZones = ["", "Mars/Base", "Europe/London\u0000", "a".repeat(65), "UTC; drop table"];

export const badUuids = ["", "1", "not-a-uuid", "00000000-0000-0000-0000-00000000000g"];

export const badDates = ["", "2026-02-30", "2026-13-01", "23-11-2026", "2026-11-23T00:00:00Z", "2026-1-5"];

/**
 * Every input made by replacing one field of `valid` with each of its bad values, or dropping it.
 * `accepts` names values of the generic wrong ones that a field legitimately takes (null, absence).
 */
export function fieldMutations(
  valid: Record<string, unknown>,
  bad: Record<string, unknown[]>,
  accepts: Record<string, unknown[]> = {},
): Array<{ label: string; input: Record<string, unknown> }> {
  return Object.entries(bad).flatMap(([field, values]) => {
    const taken = accepts[field] ?? [];
    const generic = wrongForAnyField.filter((value) => !taken.includes(value));
    const dropped = Object.fromEntries(Object.entries(valid).filter(([key]) => key !== field));
    return [
      ...[...generic, ...values].map((value) => ({
        label: `${field} = ${preview(value)}`,
        input: { ...valid, [field]: value },
      })),
      ...(taken.includes(undefined) ? [] : [{ label: `${field} missing`, input: dropped }]),
    ];
  });
}

/** Whole inputs that are not what any action takes. */
export const wrongWholeInputs: unknown[] = [
  ...wrongForAnyField,
  "",
  new Date(),
  new Map([["classId", "cls_yoga_full"]]),
  JSON.parse('{"__proto__": {"admin": true}, "constructor": {"prototype": {"admin": true}}}'),
  nested(500),
];

/** Deterministic junk (a seeded PRNG): JSON-like values of any shape, for breadth beyond the tables. */
export function randomJunk(seed: number, count: number): unknown[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const text = () =>
    Array.from({ length: Math.floor(next() * 40) }, () =>
      String.fromCharCode(
        pick([0, 9, 34, 39, 47, 60, 62, 92, 0x2028, 0xd800, 0xfeff]) || Math.floor(next() * 0x7f),
      ),
    ).join("");
  const keys = [
    "locationId",
    "serviceId",
    "staffId",
    "startsAt",
    "classId",
    "phone",
    "code",
    "__proto__",
    "id",
  ];
  const value = (depth: number): unknown => {
    const kind = Math.floor(next() * (depth > 3 ? 5 : 7));
    if (kind === 0) return null;
    if (kind === 1) return next() < 0.5;
    if (kind === 2) return pick([0, -0, 1, -1, 2 ** 53, Number.MAX_VALUE, Number.NaN, next() * 1e9]);
    if (kind === 3) return text();
    if (kind === 4) return pick([undefined, "", huge.slice(0, 5_000)]);
    if (kind === 5) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
    return Object.fromEntries(
      Array.from({ length: Math.floor(next() * 5) }, () => [pick(keys), value(depth + 1)]),
    );
  };
  return Array.from({ length: count }, () => value(0));
}

function nested(depth: number): unknown {
  let value: unknown = "deep";
  for (let level = 0; level < depth; level++) value = { classId: value };
  return value;
}

function preview(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 24 ? `${value.slice(0, 24)}…` : value);
  if (value === undefined) return "undefined";
  if (typeof value === "number") return String(value);
  return JSON.stringify(value)?.slice(0, 30) ?? String(value);
}
