export const classes = {
  // "1 de 4 lugares libres": the noun counts the capacity, so it stays plural even for one.
  "classes.spotsLeft":
    "{count, plural, one {# de {capacity, number} lugares libres} other {# de {capacity, number} lugares libres}}",

  "classes.title": "Clases",
  "classes.movingToZone": "Cambiando los horarios a {zone}…",
  "classes.weekHeading": "Semana del {range}",
  "classes.previousWeek": "Semana anterior",
  "classes.nextWeek": "Semana siguiente",
  "classes.thisWeek": "Hoy",
  "classes.filters": "Filtrar clases",
  "classes.filter.location": "Ubicación",
  "classes.filter.instructor": "Instructor",
  "classes.filter.type": "Tipo de clase",
  "classes.filter.any": "Todos",
  "classes.filter.clear": "Quitar filtros",
  "classes.noClassesDay": "Sin clases",
  "classes.emptyWeek": "No hay clases esta semana.",
  "classes.emptyWeekFiltered": "Ninguna clase de esta semana coincide con tus filtros.",
  "classes.nothingLeftThisWeek": "No quedan clases esta semana.",
  "classes.nextWeekWithClasses": "Ver la próxima semana con clases ({date})",
  "classes.weekNav": "Semanas",
  "classes.dayStrip": "Días de esta semana",
  "classes.dayStripDay": "{date}: {count, plural, one {# clase} other {# clases}}",
  "classes.dayStripEmpty": "{date}: no hay clases para reservar",
  "classes.filter.toggle": "{count, plural, =0 {Filtros} one {Filtros (#)} other {Filtros (#)}}",
  "classes.noUpcoming":
    "No hay nada programado para las próximas ocho semanas. Vuelve a consultar más adelante.",
  "classes.loadFailed": "No pudimos cargar el horario de clases.",
  "classes.classZoneTime": "{time} (hora del estudio)",
  "classes.withInstructor": "con {name}",
  "classes.online": "En línea",
  "classes.viewClass": "{name}, {day}, {time}",

  "classes.status.book": "Reservar",
  "classes.status.bookLabel": "Reservar {name}, {day}, {time}",
  "classes.status.full": "Completa",
  "classes.status.booked": "Reservada ✓",
  "classes.status.waitlisted": "En lista de espera",
  "classes.status.bookingClosed": "Reservas cerradas",
  "classes.status.started": "En curso",
  "classes.status.ended": "Finalizada",
  "classes.status.cancelled": "Cancelada",

  "classes.detail.back": "Volver al horario de clases",
  "classes.detail.bookingHeading": "Reserva",
  "classes.detail.when": "Cuándo",
  "classes.detail.duration": "Duración",
  "classes.detail.instructor": "Instructor",
  "classes.detail.location": "Ubicación",
  "classes.detail.spots": "Lugares",
  "classes.detail.onlineLocation": "En línea, organizada por {location}",
  "classes.detail.onlineHidden":
    "Esta clase es en línea. El enlace para unirte aparecerá aquí cuando tengas tu lugar.",
  "classes.detail.onlineHeading": "Únete en línea",
  "classes.detail.onlineLink": "Abrir el enlace de la clase",
  "classes.detail.passcode": "Código de acceso: {passcode}",
  "classes.detail.notFound":
    "No encontramos esta clase. Es posible que se haya quitado del horario de clases.",
  "classes.detail.cancelled": "El estudio canceló esta clase.",
  "classes.detail.started": "Esta clase ya empezó, así que ya no puedes inscribirte.",
  "classes.detail.ended": "Esta clase ya terminó.",
  "classes.detail.bookingClosed":
    "Las reservas en línea cerraron {cutoff} antes del inicio. Si aún quieres venir, ponte en contacto con el estudio.",
  "classes.detail.full": "Esta clase está completa.",
  "classes.detail.waitlistOffer":
    "Puedes unirte a la lista de espera. No tendrás un lugar a menos que el estudio te lo asigne.",

  "classes.join.heading": "Reserva tu lugar",
  "classes.join.yourPlace": "Tu lugar",
  "classes.join.asViewer": "Inscribirme como {name}",
  "classes.join.notYou": "¿No eres tú? Escribe otros datos",
  "classes.join.submit": "Inscribirme en la clase",
  "classes.join.waitlistSubmit": "Unirme a la lista de espera",
  "classes.join.waitlistAsViewer": "Unirme a la lista de espera como {name}",
  "classes.join.pending": "Inscribiendo…",
  "classes.join.booked": "¡Ya tienes tu lugar! Nos vemos en clase.",
  "classes.join.waitlisted":
    "Estás en la lista de espera, sin reserva. No tendrás un lugar a menos que el estudio te lo confirme.",
  "classes.join.youAreBooked": "Tienes un lugar en esta clase.",
  "classes.join.youAreWaitlisted": "Estás en la lista de espera. Todavía no tienes un lugar.",

  "classes.leave.open": "Cancelar mi inscripción",
  "classes.leave.openWaitlist": "Salir de la lista de espera",
  "classes.leave.title": "¿Cancelar tu inscripción en {name}?",
  "classes.leave.body": "Tu lugar pasará a otra persona.",
  "classes.leave.lateWarning":
    "Faltan menos de {window} para el inicio; es posible que el estudio te cobre la clase de todos modos.",
  "classes.leave.reason": "Motivo",
  "classes.leave.reasonHint": "Opcional. Hasta 300 caracteres; se compartirá con el estudio.",
  "classes.leave.reasonTooLong": "Acorta el motivo a 300 caracteres o menos.",
  "classes.leave.keep": "Mantener mi lugar",
  "classes.leave.keepWaitlist": "Seguir en la lista de espera",
  "classes.leave.doneWaitlist": "Saliste de la lista de espera.",
  "classes.leave.confirm": "Cancelar inscripción",
  "classes.leave.pending": "Cancelando…",
  "classes.leave.done": "Cancelaste tu inscripción en esta clase. Tu lugar queda libre para otra persona.",

  "classes.error.invalid": "Revisa los campos marcados.",
  "classes.error.needsDetails": "Escribe tu nombre y tu número de teléfono para inscribirte.",
  "classes.error.rateLimited": "Demasiados intentos desde aquí. Espera unos minutos y vuelve a intentarlo.",
  "classes.error.tooManyJoins":
    "Te inscribiste en varias clases en poco tiempo. Espera un rato y vuelve a intentarlo, o ponte en contacto con el estudio.",
  "classes.error.full": "Esta clase ya está completa.",
  "classes.error.alreadyBooked": "Ya tienes un lugar en esta clase.",
  "classes.error.alreadyWaitlisted":
    "Ya estás en la lista de espera de esta clase. Todavía no tienes un lugar.",
  "classes.error.cancelled": "El estudio canceló esta clase, así que ya no puedes inscribirte.",
  "classes.error.started":
    "Esta clase ya empezó, así que desde aquí ya no puedes inscribirte ni cancelar tu inscripción.",
  "classes.error.bookingClosed":
    "Las reservas en línea para esta clase ya cerraron. Si aún quieres venir, ponte en contacto con el estudio.",
  "classes.error.notFound":
    "No encontramos esta clase. Es posible que se haya quitado del horario de clases.",
  "classes.error.notSignedIn":
    "No sabemos quién eres en este dispositivo. Abre Mis reservas para iniciar sesión y cancela tu inscripción desde ahí.",
  "classes.error.notBooked": "Ya no tienes un lugar en esta clase.",
} as const;
