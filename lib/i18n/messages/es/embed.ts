export const embed = {
  "embed.demo.metaTitle": "Inserta las reservas en tu sitio web",
  "embed.demo.title": "Pon las reservas en tu sitio web",
  "embed.demo.intro":
    "Pega uno de estos fragmentos de código en cualquier página de tu sitio web. Esta página los usa, así que puedes probar ambos aquí.",
  "embed.demo.allowed":
    "Los navegadores solo muestran el marco de reservas en los sitios web incluidos en EMBED_ALLOWED_ORIGINS (las páginas de esta app siempre pueden mostrarlo).",
  "embed.demo.inline.title": "Un marco de reservas dentro de tu página",
  "embed.demo.inline.body":
    "El marco se coloca donde esté el fragmento y crece o se reduce según su contenido, así que nunca muestra una barra de desplazamiento propia.",
  "embed.demo.popup.title": "Un botón que abre las reservas sobre tu página",
  "embed.demo.popup.body":
    "Cualquier enlace o botón con el atributo data-booking-popup abre la app en una ventana emergente. La tecla Escape, el botón de cerrar o un clic fuera de la ventana la cierran.",
  "embed.demo.popup.button": "Reservar una clase",
  "embed.demo.code": "Fragmento para copiar",
  "embed.demo.copy": "Copiar fragmento",
  "embed.demo.copied": "Copiado. Pégalo en el HTML de tu sitio web.",
  "embed.demo.language": "Idioma del marco de reservas",
  "embed.demo.languageVisitor": "El idioma de cada visitante",
  "embed.demo.languageApply": "Mostrar",
  "embed.demo.events.title": "Qué recibe tu página",
  "embed.demo.events.body":
    "Tu página recibe booking:ready, booking:booked, booking:rescheduled, booking:cancelled, booking:class-joined y booking:class-left como eventos, con el id, el inicio, el fin y el estado de la reserva, y ningún dato personal.",
  "embed.demo.events.empty": "Nada todavía: reserva algo en el marco de arriba.",
  "embed.demo.events.log": "Eventos recibidos en esta página",
} as const;
