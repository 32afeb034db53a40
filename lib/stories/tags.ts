// Cache tag for readers of approved stories (the /stories page and campaign pages).
export const STORIES_TAG = 'stories'
