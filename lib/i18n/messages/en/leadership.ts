export const leadership = {}
