// The admin's product name: fixed, so the login page's logo renders without a database read.
export const PORTAL_NAME = 'Coalition Portal'
