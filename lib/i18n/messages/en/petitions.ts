export const petitions = {}
