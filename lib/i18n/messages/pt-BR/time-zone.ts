export const timeZone = {
  "timeZone.label": "Seu fuso horário",
  "timeZone.hint":
    "Os horários aparecem neste fuso. Pesquise por cidade, país ou sigla, por exemplo, Recife, Portugal ou BRT.",
  "timeZone.keys":
    "Use as setas para cima e para baixo para percorrer os resultados, Enter para escolher e Esc para cancelar.",
  "timeZone.place": "{city}, {country}",
  "timeZone.list": "Fusos horários",
  "timeZone.loading": "Carregando fusos horários…",
  "timeZone.results":
    "{count, plural, one {# fuso horário encontrado. Use as setas para escolher.} other {# fusos horários encontrados. Use as setas para escolher.}}",
  "timeZone.suggestions":
    "{count, plural, one {# fuso horário sugerido. Use as setas para escolher.} other {# fusos horários sugeridos. Use as setas para escolher.}}",
  "timeZone.noMatch":
    "Nenhum fuso horário corresponde a “{text}”. Tente uma cidade ou um país, por exemplo, São Paulo ou Brasil.",
  "timeZone.yourDevice": "Seu dispositivo",
  "timeZone.atLocation": "Local do estabelecimento",
  "timeZone.localTime": "agora {time}",
  "timeZone.current": "Os horários estão no {zone}.",
  "timeZone.change": "Alterar fuso horário",
} as const;
