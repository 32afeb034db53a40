export const email = {}
