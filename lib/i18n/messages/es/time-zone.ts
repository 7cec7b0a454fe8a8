export const timeZone = {
  "timeZone.label": "Tu zona horaria",
  "timeZone.hint":
    "Los horarios se muestran en esta zona. Busca por ciudad, país o abreviatura, p. ej., New York, México o CST.",
  "timeZone.keys":
    "Usa las flechas arriba y abajo para recorrer los resultados, Intro para elegir uno y Esc para cancelar.",
  "timeZone.place": "{city}, {country}",
  "timeZone.list": "Zonas horarias",
  "timeZone.loading": "Cargando zonas horarias…",
  "timeZone.results":
    "{count, plural, one {# zona horaria encontrada. Usa las flechas para elegir.} other {# zonas horarias encontradas. Usa las flechas para elegir.}}",
  "timeZone.suggestions":
    "{count, plural, one {# zona horaria sugerida. Usa las flechas para elegir.} other {# zonas horarias sugeridas. Usa las flechas para elegir.}}",
  "timeZone.noMatch":
    "Ninguna zona horaria coincide con «{text}». Prueba con una ciudad o un país, p. ej., Madrid o España.",
  "timeZone.yourDevice": "Tu dispositivo",
  "timeZone.atLocation": "Ubicación del negocio",
  "timeZone.localTime": "ahora {time}",
  "timeZone.current": "Los horarios se muestran en {zone}.",
  "timeZone.change": "Cambiar zona horaria",
} as const;
