export const stories = {}
