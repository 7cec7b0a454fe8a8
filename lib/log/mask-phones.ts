// A phone number as it may appear in text: "+" and 8-15 digits, single spaces, dashes or dots
// between them allowed; or a bare run of 8-15 digits that is not part of a longer token (a UUID's
// "35291168-…", a decimal). Dates ("2026-12-07") and short ids are left alone.
const phonePattern = /(?<![\w+])\+\d(?:[ .-]?\d){7,14}(?!\w)|(?<![\w+.-])\d{8,15}(?![\w.-])/g;

/** `+447700900123` → `+44*******123`: enough to tell numbers apart in a log, not to call one. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  const plus = phone.startsWith("+") ? "+" : "";
  return `${plus}${digits.slice(0, 2)}${"*".repeat(digits.length - 5)}${digits.slice(-3)}`;
}

/** Every phone number in `text` masked with `maskPhone`. */
export function maskPhones(text: string): string {
  return text.replace(phonePattern, maskPhone);
}
