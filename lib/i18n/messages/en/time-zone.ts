export const timeZone = {
  "timeZone.label": "Your time zone",
  "timeZone.hint": "Times are shown in this zone. Start typing a city, e.g. New York.",
  "timeZone.invalid": "We do not know that time zone. Pick one from the list, e.g. Europe/London.",
  "timeZone.apply": "Use this time zone",
  "timeZone.current": "Times are shown in {zone}.",
  "timeZone.change": "Change time zone",
} as const;
