export const reliability = {
  "booking.notBooked":
    "The booking system did not answer in time, and we checked: your booking was not made. Please try again.",
  "booking.unconfirmed":
    "We could not confirm your booking: the booking system did not answer in time. It may have gone through. To check, open My bookings and sign in with the code we send to your WhatsApp, or contact us. Trying again will never book you twice.",
  "classes.error.notJoined":
    "The booking system did not answer in time, and we checked: you have not joined this class. Please try again.",
  "classes.error.unconfirmed":
    "We could not confirm your place: the booking system did not answer in time. It may have gone through. To check, open My bookings and sign in with the code we send to your WhatsApp, or contact us. Trying again will never book you twice.",
} as const;
