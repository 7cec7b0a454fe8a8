export const forms = {
  "form.fullName": "Nombre completo",
  "form.phone": "Número de teléfono",
  "form.phoneHint.whautomate": "Te enviamos la confirmación y los recordatorios a este número por WhatsApp.",
  "form.phoneHint.portal": "Te enviamos la confirmación a este número por WhatsApp.",
  "form.phoneHint.none":
    "Guardamos este número con tu reserva para que puedas encontrarla y cambiarla más adelante.",
  "form.country": "País",
  "form.countryOption": "{name} ({callingCode})",
  "form.required": "obligatorio",
  "form.optional": "opcional",
  "form.checkField": "Revisa este campo.",
  "form.nameTooShort": "Escribe tu nombre completo (al menos 2 letras).",
  "form.nameTooLong": "Acorta tu nombre a 80 caracteres o menos.",
  "form.nameCharacters": "Usa solo letras, espacios y signos de puntuación habituales en tu nombre.",
  "form.countryInvalid": "Elige el país de tu número de teléfono.",
  "form.phoneRequired": "Escribe tu número de teléfono.",
  "form.phoneInvalid": "Este número no parece válido para el país elegido. Revisa los dígitos.",
} as const;
