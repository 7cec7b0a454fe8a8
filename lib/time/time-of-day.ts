// Wall-clock times of day as the vendor writes them, normalised to 24-hour "HH:mm".

const TWELVE_HOUR = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap])\.?\s*m\.?$/i;
const TWENTY_FOUR_HOUR = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;
// An ISO datetime from this vendor holds local wall-clock time behind a fake "Z", so only its
// clock digits count; never read it as an instant.
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})/;

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function fromParts(hours: number, minutes: number): string | null {
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return null;
  return `${pad(hours)}:${pad(minutes)}`;
}

/**
 * Reads "04:39 PM", "4:39 pm", "16:39", "16:39:00" or an ISO datetime and returns "HH:mm",
 * or null when the text is not a time of day.
 */
export function parseTimeOfDay(text: string): string | null {
  const trimmed = text.trim();
  const twelve = TWELVE_HOUR.exec(trimmed);
  if (twelve) {
    const hour = Number(twelve[1]);
    if (hour < 1 || hour > 12) return null;
    const isPm = twelve[3]?.toLowerCase() === "p";
    return fromParts((hour % 12) + (isPm ? 12 : 0), Number(twelve[2]));
  }
  const clock = TWENTY_FOUR_HOUR.exec(trimmed) ?? ISO_DATETIME.exec(trimmed);
  return clock ? fromParts(Number(clock[1]), Number(clock[2])) : null;
}

/** Minutes since midnight of a time of day in any form parseTimeOfDay reads. */
export function minutesOfDay(text: string): number | null {
  const time = parseTimeOfDay(text);
  if (time === null) return null;
  const [hours, minutes] = time.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** "16:39" → "04:39 PM", the form the vendor documents for booking times. */
export function formatTime12h(text: string): string {
  const minutes = minutesOfDay(text);
  if (minutes === null) throw new RangeError(`Not a time of day: "${text}"`);
  const hours24 = Math.floor(minutes / 60);
  const hours12 = hours24 % 12 === 0 ? 12 : hours24 % 12;
  return `${pad(hours12)}:${pad(minutes % 60)} ${hours24 < 12 ? "AM" : "PM"}`;
}
