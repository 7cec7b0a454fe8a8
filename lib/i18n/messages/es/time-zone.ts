export const timeZone = {
  "timeZone.label": "Tu zona horaria",
  "timeZone.hint": "Los horarios se muestran en esta zona. Empieza a escribir una ciudad, p. ej., New York.",
  "timeZone.invalid": "No reconocemos esa zona horaria. Elige una de la lista, p. ej., Europe/London.",
  "timeZone.apply": "Usar esta zona horaria",
  "timeZone.current": "Los horarios se muestran en {zone}.",
  "timeZone.change": "Cambiar zona horaria",
} as const;
