export const timeZone = {
  "timeZone.label": "Seu fuso horário",
  "timeZone.hint": "Os horários aparecem neste fuso. Comece a digitar uma cidade, por exemplo, Recife.",
  "timeZone.invalid":
    "Não reconhecemos esse fuso horário. Escolha um da lista, por exemplo, America/Sao_Paulo.",
  "timeZone.apply": "Usar este fuso horário",
  "timeZone.current": "Os horários estão no {zone}.",
  "timeZone.change": "Alterar fuso horário",
} as const;
