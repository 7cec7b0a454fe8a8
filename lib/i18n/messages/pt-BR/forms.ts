export const forms = {
  "form.fullName": "Nome completo",
  "form.phone": "Celular",
  "form.phoneHint.whautomate": "Enviamos sua confirmação e os lembretes para este número pelo WhatsApp.",
  "form.phoneHint.portal": "Enviamos sua confirmação para este número pelo WhatsApp.",
  "form.phoneHint.none":
    "Guardamos este número com a sua reserva para que você possa encontrá-la e alterá-la depois.",
  "form.country": "País",
  "form.countryOption": "{name} ({callingCode})",
  "form.required": "obrigatório",
  "form.optional": "opcional",
  "form.checkField": "Confira este campo.",
  "form.nameTooShort": "Digite seu nome completo (pelo menos 2 letras).",
  "form.nameTooLong": "Use no máximo 80 caracteres no seu nome.",
  "form.nameCharacters": "Use apenas letras, espaços e pontuação comum no seu nome.",
  "form.countryInvalid": "Escolha o país do seu número de celular.",
  "form.phoneRequired": "Digite seu número de celular.",
  "form.phoneInvalid": "Este número não parece válido para o país escolhido. Confira os dígitos.",
} as const;
