export const bargaining = {}
