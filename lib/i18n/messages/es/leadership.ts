import type { Messages } from '../types'

export const leadership: Messages['leadership'] = {
  title: 'Liderazgo',
  description: 'Las personas que dirigen la coalición hoy, y quienes la dirigieron antes.',
  lead: 'Las personas que los miembros eligieron para dirigir la coalición, y quienes la dirigieron antes.',
  currentHeading: 'Liderazgo actual',
  empty: 'Muy pronto publicaremos la información sobre nuestro liderazgo.',
  pastHeading: 'Líderes anteriores',
  // Said of a man or a woman alike.
  interim: 'Provisional',
  termRange: (start, end) => `${start} – ${end}`,
  termSince: (start) => `Desde ${start}`,
  termUntil: (end) => `Hasta ${end}`,
  readMoreSignIn: 'Inicie sesión',
  readMoreAbout: (name) => ` para leer más sobre ${name}.`,
}
