// Payload's admin says "Payload Settings" above each person's language and theme (the account page).
export const adminTranslations = {
  en: { general: { payloadSettings: 'Admin settings' } },
  es: { general: { payloadSettings: 'Ajustes del panel' } },
}
