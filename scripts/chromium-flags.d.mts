/** The flags every test and bench starts Chromium with. */
export const CHROMIUM_FLAGS: string[];
