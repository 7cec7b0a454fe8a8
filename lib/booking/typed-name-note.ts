// The line that tells the business which name a visitor typed, when Whautomate files the booking
// under the name it already holds for the phone. Plain text: staff read it in the admin portal.

const BOOKED_AS = "Booked online as:";

const normalise = (name: string) => name.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

/** Whether two names differ beyond letter case, Unicode composition and spacing. */
export function namesDiffer(stored: string, typed: string): boolean {
  return normalise(stored) !== normalise(typed);
}

/** The client's own notes first, then the typed name on a line of its own. */
export function withTypedName(notes: string, typedName: string): string {
  const line = `${BOOKED_AS} ${typedName.trim()}`;
  return notes.trim() ? `${notes.trim()}\n\n${line}` : line;
}
