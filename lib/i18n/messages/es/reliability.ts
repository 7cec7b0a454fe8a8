export const reliability = {
  "booking.notBooked":
    "El sistema de reservas no respondió a tiempo y lo comprobamos: tu reserva no se hizo. Vuelve a intentarlo.",
  "booking.unconfirmed":
    "No pudimos confirmar tu reserva: el sistema de reservas no respondió a tiempo. Es posible que sí se haya hecho. Para comprobarlo, abre Mis reservas e inicia sesión con el código que te enviamos por WhatsApp, o contáctanos. Si lo intentas de nuevo, nunca se hará una reserva doble.",
  "classes.error.notJoined":
    "El sistema de reservas no respondió a tiempo y lo comprobamos: no se completó tu inscripción en esta clase. Vuelve a intentarlo.",
  "classes.error.unconfirmed":
    "No pudimos confirmar tu lugar: el sistema de reservas no respondió a tiempo. Es posible que sí se haya hecho. Para comprobarlo, abre Mis reservas e inicia sesión con el código que te enviamos por WhatsApp, o contáctanos. Si lo intentas de nuevo, nunca se hará una reserva doble.",
} as const;
