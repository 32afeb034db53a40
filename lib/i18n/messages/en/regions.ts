export const regions = {}
