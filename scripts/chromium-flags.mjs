// How every test and bench starts Debian's Chromium: headless, as root, with no internet.
export const CHROMIUM_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--no-first-run',
  '--disable-sync', '--disable-quic',
  // Without this, each new profile also starts two renderers for Chromium's own address-bar
  // pop-ups, which load hundreds of files and take a 2-core machine's CPU from the page measured.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,OmniboxAimPopup,WebUIOmniboxAimPopup',
];
