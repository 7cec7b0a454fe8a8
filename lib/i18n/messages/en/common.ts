export const common = {
  "app.skipToContent": "Skip to main content",
  "app.poweredBy": "Online booking for {business}",
  "nav.home": "Home",
  "nav.book": "Book",
  "nav.classes": "Classes",
  "nav.myBookings": "My bookings",
  "nav.label": "Main",
  "error.title": "Something went wrong",
  "error.retry": "Try again",
  "error.upstreamUnavailable":
    "We could not reach the booking system just now. Please try again in a moment.",
  "error.upstreamBusy": "The booking system is busy right now. Please try again in a minute.",
  "error.staleData":
    "The booking system is busy, so this may be a few minutes out of date. We are trying again in the background.",
  "error.busyRetrying": "The booking system is busy. Trying again…",
  "error.generic": "Something unexpected went wrong on our side. Please try again.",
  "error.checkForm": "Please check the highlighted fields.",
  "error.rateLimited": "Too many tries from here. Please wait a few minutes and try again.",
  "error.notFound": "We could not find that. It may have been changed or removed.",
  "notFound.title": "Page not found",
  "notFound.body": "The page you were looking for does not exist or has moved.",
  "notFound.home": "Go to the start page",
  "loading.label": "Loading…",
  "loading.slow": "This is taking longer than usual…",
  "connection.offline":
    "You are offline. What you see may be out of date, and anything you send goes through once you are back online.",
  "connection.held": "You are offline, so that page cannot open yet. Please reconnect and try again.",
} as const;
