// A booking carries the reference of the request that made it in its notes, the one field the
// API stores and returns as written: after a lost answer, only an appointment holding the request's
// own reference can be shown to be that request's work.
const LABEL = "Online booking reference: ";
const REFERENCE_LINE = /(?:^|\n\n)Online booking reference: ([A-Za-z0-9_-]{16,64})$/;

export function notesWithReference(
  notes: string | undefined,
  reference: string | undefined,
): string | undefined {
  if (!reference) return notes;
  return notes ? `${notes}\n\n${LABEL}${reference}` : `${LABEL}${reference}`;
}

/** The notes as the client wrote them, and the reference a request of this app appended, if any. */
export function splitReference(notes: string): { notes: string; reference: string | null } {
  const match = REFERENCE_LINE.exec(notes);
  if (!match) return { notes, reference: null };
  return { notes: notes.slice(0, match.index), reference: match[1] ?? null };
}
