export const common = {
  "app.skipToContent": "Saltar al contenido principal",
  "app.poweredBy": "Reservas en línea de {business}",
  "nav.home": "Inicio",
  "nav.book": "Reservar",
  "nav.classes": "Clases",
  "nav.myBookings": "Mis reservas",
  "nav.label": "Principal",
  "nav.language": "Idioma",
  "error.title": "Algo salió mal",
  "error.retry": "Reintentar",
  "error.upstreamUnavailable":
    "No pudimos conectar con el sistema de reservas. Vuelve a intentarlo en un momento.",
  "error.upstreamBusy": "El sistema de reservas está ocupado ahora mismo. Vuelve a intentarlo en un minuto.",
  "error.staleData":
    "El sistema de reservas está ocupado, así que esta información puede tener unos minutos de retraso. Seguimos intentándolo en segundo plano.",
  "error.busyRetrying": "El sistema de reservas está ocupado. Reintentando…",
  "error.generic": "Algo inesperado falló de nuestro lado. Vuelve a intentarlo.",
  "error.checkForm": "Revisa los campos marcados.",
  "error.rateLimited": "Demasiados intentos desde aquí. Espera unos minutos y vuelve a intentarlo.",
  "error.notFound": "No encontramos lo que buscas. Puede que haya cambiado o se haya eliminado.",
  "notFound.title": "Página no encontrada",
  "notFound.body": "La página que buscas no existe o cambió de dirección.",
  "notFound.home": "Ir a la página de inicio",
  "loading.label": "Cargando…",
  "loading.slow": "Esto está tardando más de lo normal…",
  "connection.offline":
    "No tienes conexión. Lo que ves puede no estar actualizado, y lo que envíes se mandará cuando vuelvas a estar en línea.",
  "connection.held":
    "No tienes conexión, así que esa página todavía no puede abrirse. Vuelve a conectarte e inténtalo de nuevo.",
  "contact.call": "Llamar al {phone}",
  "contact.whatsApp": "Escribir por WhatsApp",
} as const;
