// The English catalogue is the reference: every other locale must provide the same keys.
// Placeholders are {name}; plural messages are objects keyed by Intl.PluralRules categories.
export const en = {
  "app.skipToContent": "Skip to main content",
  "app.poweredBy": "Online booking for {business}",
  "home.title": "Book with {business}",
  "home.intro": "Choose a time that suits you. You will get a confirmation straight away.",
  "home.entryPoints": "What would you like to do?",
  "home.bookAppointment": "Book an appointment",
  "home.bookAppointmentHint": "Pick a service, a person and a time.",
  "home.classes": "Classes",
  "home.classesHint": "See this week's timetable and join a class.",
  "home.locationsHeading": "Where to find us",
  "home.locationsEmpty": "This business has not listed a location yet.",
  "home.locationPhone": "Phone {phone}",
  "error.title": "Something went wrong",
  "error.retry": "Try again",
  "error.upstreamUnavailable":
    "We could not reach the booking system just now. Please try again in a moment.",
  "error.upstreamBusy": "The booking system is busy right now. Please try again in a minute.",
  "error.generic": "Something unexpected went wrong on our side. Please try again.",
  "notFound.title": "Page not found",
  "notFound.body": "The page you were looking for does not exist or has moved.",
  "notFound.home": "Go to the start page",
  "loading.label": "Loading…",
  "classes.spotsLeft": { one: "{count} of {capacity} spot left", other: "{count} of {capacity} spots left" },
} as const;

export type MessageKey = keyof typeof en;
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Catalogue = { [K in MessageKey]: (typeof en)[K] extends string ? string : PluralForms };
