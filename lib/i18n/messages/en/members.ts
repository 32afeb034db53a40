export const members = {}
