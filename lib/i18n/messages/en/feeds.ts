export const feeds = {}
