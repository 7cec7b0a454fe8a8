export const home = {
  "home.title": "Reserva con {business}",
  "home.intro": "Elige el horario que prefieras. Recibirás la confirmación al instante.",
  "home.entryPoints": "¿Qué quieres hacer?",
  "home.bookAppointment": "Reservar una cita",
  "home.bookAppointmentHint": "Elige un servicio, un profesional y un horario.",
  "home.classes": "Clases",
  "home.classesHint": "Consulta el horario de clases de esta semana y inscríbete en una clase.",
  "home.locationsHeading": "Dónde encontrarnos",
  "home.locationsEmpty": "Este negocio todavía no tiene ninguna ubicación publicada.",
} as const;
