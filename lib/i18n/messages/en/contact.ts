export const contact = {
  title: 'Contact',
  description: 'Coalition offices, phone numbers and where to get help with your contract.',
  heading: 'Contact us',
  lead: 'For questions about your contract, pay or schedule, your local union representative is the fastest way to get help. For the coalition itself, reach our offices below.',
  officesHeading: 'Our offices',
  officesEmpty: 'Office details are coming soon.',
  followHeading: 'Follow us',
  call: (phone: string) => `Call ${phone}`,
  /** "Map" is seen; screen readers hear which office's map it is. */
  map: 'Map',
  mapOf: (office: string) => ` of the ${office}`,
}
