export const timeZone = {
  "timeZone.label": "Your time zone",
  "timeZone.hint":
    "Times are shown in this zone. Search by city, country or abbreviation, e.g. New York, India or EST.",
  "timeZone.keys":
    "Use the up and down arrows to move through the results, Enter to choose one and Escape to cancel.",
  "timeZone.place": "{city}, {country}",
  "timeZone.list": "Time zones",
  "timeZone.loading": "Loading time zones…",
  "timeZone.results":
    "{count, plural, one {# time zone found. Use the arrow keys to choose.} other {# time zones found. Use the arrow keys to choose.}}",
  "timeZone.suggestions":
    "{count, plural, one {# suggested time zone. Use the arrow keys to choose.} other {# suggested time zones. Use the arrow keys to choose.}}",
  "timeZone.noMatch": "No time zone matches “{text}”. Try a city or country, e.g. London or India.",
  "timeZone.yourDevice": "Your device",
  "timeZone.atLocation": "Business location",
  "timeZone.localTime": "now {time}",
  "timeZone.current": "Times are shown in {zone}.",
  "timeZone.change": "Change time zone",
} as const;
