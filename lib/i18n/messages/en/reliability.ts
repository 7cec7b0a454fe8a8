export const reliability = {
  "booking.notBooked":
    "The booking system did not answer in time, and we checked: your booking was not made. Please try again.",
  "booking.unconfirmed":
    "The booking system is not answering, so we could not confirm your booking. It may have gone through: please check My bookings in a few minutes, or try again. Trying again will never book you twice.",
  "classes.error.notJoined":
    "The booking system did not answer in time, and we checked: you have not joined this class. Please try again.",
  "classes.error.unconfirmed":
    "The booking system is not answering, so we could not confirm your place. It may have gone through: please check My bookings in a few minutes, or try again. Trying again will never book you twice.",
} as const;
