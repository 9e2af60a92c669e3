// The embed-snippet builder for school staff (staff.html).
//
// It reads the form, shows a live preview of the chosen widget, and writes the snippet a school
// pastes into its own website. The page runs under a strict Content Security Policy, so this file
// never writes HTML as a string into the page: the preview is built with createElement and
// setAttribute, and colours are set with style.setProperty (allowed from script). The snippet is
// shown as text only (textContent), so nothing typed into the form can run on this page.

const WIDGET_URL = `${location.origin}/widgets/plainsight.js`;
const USUAL_COLOURS = { accent: '#1d5e3a', mark: '#fff0b3' };
// What the widget shows on top of the colours, to check they are easy to read.
const LIGHT_TEXT = '#ffffff';
const DARK_TEXT = '#1b1b1b';
const MIN_CONTRAST = 4.5;
const TYPING_PAUSE_MS = 600;
const WIDGET_WAIT_MS = 8000;

const SAMPLE_REPORTS = [
  ['/samples/primary-report.html', 'Sample: Year 2 report, Oak Hill Primary (web page)'],
  ['/samples/secondary-report.html', 'Sample: Year 10 report, Castle Hill Academy (web page)'],
  ['/samples/secondary-report.txt', 'Sample: Year 10 report, Castle Hill Academy (text file)'],
];
const SAMPLE_PROFILES = [
  ['/samples/castle-hill-profile.json', 'Sample: Castle Hill Academy profile (JSON)'],
  ['/samples/castle-hill-profile.csv', 'Sample: Castle Hill Academy profile (CSV)'],
];
const SAMPLE_HOMEWORK = [
  ['/samples/homework-week.json', 'Sample: Year 7 homework, Castle Hill Academy (JSON)'],
];
const SAMPLE_ENDPOINTS = [
  ['/receiver', 'Sample: the demo school address'],
];
const SAMPLE_FORM_KEY = 'CHA-7G-014';
const SAMPLE_CONSENT_VERSION = '2026-09';

const $ = (selector) => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`staff.html has no ${selector}`);
  return found;
};

const form = $('#builder-form');
const toolStatus = $('#tool-status');
const srcInput = $('#src');
const profileInput = $('#profile');
const homeworkSrcInput = $('#homework-src');
const homeworkEndpointInput = $('#homework-endpoint');
const formKeyInput = $('#form-key');
const contactEndpointInput = $('#contact-endpoint');
const consentVersionInput = $('#consent-version');
const langSelect = $('#lang');
const accentInput = $('#accent');
const markInput = $('#mark');
const markSetting = $('#mark-setting');
const accentValue = $('#accent-value');
const markValue = $('#mark-value');
const accentWarning = $('#accent-warning');
const markWarning = $('#mark-warning');
const snippetCode = $('#snippet');
const cssCode = $('#css-snippet');
const copyStatus = $('#copy-status');
const previewFrame = $('#preview');
const previewInfo = $('#preview-info');

/** A sample's address in full, so the snippet works wherever it is pasted. */
function absolute(path) {
  return new URL(path, location.origin).href;
}

function fillSamples(datalist, samples) {
  datalist.replaceChildren(...samples.map(([path, label]) => {
    const option = document.createElement('option');
    option.value = absolute(path);
    option.label = label;
    option.textContent = label;
    return option;
  }));
}

// ---- The tools -------------------------------------------------------------------------------

/**
 * What each tool needs: its element, the colours it uses, the addresses to check (`missing` is
 * what to say when a needed one is empty), and its attributes, in the order a person would write
 * them. `ready` is what the preview says once the element has started.
 */
const TOOLS = {
  'report-explainer': {
    name: 'the report explainer',
    tag: 'ps-report-explainer',
    colours: ['accent', 'mark'],
    addresses: [
      { input: srcInput, missing: 'Type the address of a report, or pick one of our samples.' },
      { input: profileInput },
    ],
    attributes(settings) {
      const attributes = [['src', settings.src], ['lang', settings.lang]];
      if (settings.profile) attributes.push(['profile', settings.profile]);
      attributes.push(['mode', settings.mode]);
      return attributes;
    },
    ready: 'The preview is loading the report.',
  },
  'homework-signoff': {
    name: 'homework sign-off',
    tag: 'ps-homework-signoff',
    colours: ['accent'],
    addresses: [
      { input: homeworkSrcInput, missing: 'Type the address of a homework file, or pick our sample.' },
      { input: homeworkEndpointInput },
    ],
    attributes(settings) {
      const attributes = [['src', settings.homeworkSrc], ['view', settings.view]];
      if (settings.homeworkEndpoint) attributes.push(['endpoint', settings.homeworkEndpoint]);
      attributes.push(['lang', settings.lang]);
      return attributes;
    },
    ready: 'The preview shows the homework for this week and next. '
      + 'It is real: a sign-off or stamp you make here is saved in this browser and sent to the address above.',
  },
  'contact-preferences': {
    name: 'contact preferences',
    tag: 'ps-contact-preferences',
    colours: ['accent'],
    addresses: [{ input: contactEndpointInput }],
    attributes(settings) {
      const attributes = [];
      if (settings.formKey) attributes.push(['form-key', settings.formKey]);
      if (settings.contactEndpoint) attributes.push(['endpoint', settings.contactEndpoint]);
      if (settings.consentVersion) attributes.push(['consent-version', settings.consentVersion]);
      attributes.push(['lang', settings.lang]);
      return attributes;
    },
    ready: 'The preview shows the form. '
      + 'It is real: answers you save here are saved in this browser and sent to the address above.',
  },
};

// ---- Reading the form ------------------------------------------------------------------------

function checkedValue(name, fallback) {
  const checked = form.querySelector(`input[name="${name}"]:checked`);
  return checked ? checked.value : fallback;
}

function readSettings() {
  return {
    tool: TOOLS[checkedValue('tool', '')] ?? TOOLS['report-explainer'],
    src: srcInput.value.trim(),
    profile: profileInput.value.trim(),
    mode: checkedValue('mode', 'inline'),
    homeworkSrc: homeworkSrcInput.value.trim(),
    view: checkedValue('view', 'parent'),
    homeworkEndpoint: homeworkEndpointInput.value.trim(),
    formKey: formKeyInput.value.trim(),
    contactEndpoint: contactEndpointInput.value.trim(),
    consentVersion: consentVersionInput.value.trim(),
    lang: langSelect.value,
    accent: accentInput.value.toLowerCase(),
    mark: markInput.value.toLowerCase(),
  };
}

/** A problem with an address, in plain words, or '' when it is fine. Empty is fine unless `missing` is given. */
function addressProblem(value, missing) {
  if (value === '') return missing ?? '';
  let url;
  try {
    url = new URL(value, location.href);
  } catch {
    return 'This address does not look right. Copy it from the address bar of your browser.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return 'The address must start with https://, http:// or /.';
  }
  return '';
}

function showProblem(input, message) {
  const errorBox = $(`#${input.id}-error`);
  errorBox.textContent = message;
  errorBox.hidden = message === '';
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

/** Checks the chosen tool's addresses, and clears the others. True when all of them are fine. */
function checkAddresses(tool) {
  let fine = true;
  for (const other of Object.values(TOOLS)) {
    for (const { input, missing } of other.addresses) {
      const problem = other === tool ? addressProblem(input.value.trim(), missing) : '';
      showProblem(input, problem);
      if (problem) fine = false;
    }
  }
  return fine;
}

// ---- Showing the chosen tool's settings ------------------------------------------------------

let shownTool = null;

/** Shows only the chosen tool's settings (hidden ones leave the tab order too), and says so. */
function showSettingsFor(tool) {
  if (tool === shownTool) return;
  for (const group of form.querySelectorAll('.tool-settings')) {
    group.hidden = TOOLS[group.dataset.tool] !== tool;
  }
  markSetting.hidden = !tool.colours.includes('mark');
  // A live region: screen readers hear this when the tool changes, not when the page opens.
  toolStatus.textContent = `The settings below are for ${tool.name}.`;
  shownTool = tool;
}

// ---- Colours ---------------------------------------------------------------------------------

function luminance(hex) {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function checkColours({ accent, mark }) {
  accentValue.textContent = accent;
  markValue.textContent = mark;
  const accentRatio = contrast(accent, LIGHT_TEXT);
  accentWarning.hidden = accentRatio >= MIN_CONTRAST;
  accentWarning.textContent = accentWarning.hidden
    ? ''
    : `White text on this colour is hard to read (contrast ${accentRatio.toFixed(1)} to 1, and it needs ${MIN_CONTRAST} to 1). Pick a darker colour.`;
  const markRatio = contrast(mark, DARK_TEXT);
  markWarning.hidden = markRatio >= MIN_CONTRAST;
  markWarning.textContent = markWarning.hidden
    ? ''
    : `Dark text on this colour is hard to read (contrast ${markRatio.toFixed(1)} to 1, and it needs ${MIN_CONTRAST} to 1). Pick a lighter colour.`;
}

// ---- The snippet -----------------------------------------------------------------------------

function escapeAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The colours the chosen tool uses: only the report explainer highlights words. */
function colourDeclarations(settings) {
  return settings.tool.colours.map((colour) => [`--ps-${colour}`, settings[colour]]);
}

function snippetFor(settings) {
  const { tag } = settings.tool;
  const style = colourDeclarations(settings).map(([name, value]) => `${name}: ${value};`).join(' ');
  const attributes = [...settings.tool.attributes(settings), ['style', style]]
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(' ');
  return `<script type="module" src="${escapeAttribute(WIDGET_URL)}"></script>\n`
    + `<${tag} ${attributes}></${tag}>\n`;
}

function cssFor(settings) {
  const lines = colourDeclarations(settings).map(([name, value]) => `  ${name}: ${value};`);
  return `${settings.tool.tag} {\n${lines.join('\n')}\n}\n`;
}

// ---- The preview -----------------------------------------------------------------------------

let preview = null;
let previewKey = '';

function count(list) {
  if (Array.isArray(list)) return list.length;
  return typeof list === 'number' ? list : 0;
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

function onExplained(event) {
  const terms = count(event.detail?.terms);
  const values = count(event.detail?.values);
  previewInfo.textContent = `The preview explained ${plural(terms, 'word', 'words')} and ${plural(values, 'grade or score', 'grades and scores')}.`;
}

function onTermOpen(event) {
  const text = event.detail?.text;
  if (text) previewInfo.textContent = `In the preview, you opened the explanation of "${text}".`;
}

function paintColours(element, settings) {
  for (const [name, value] of colourDeclarations(settings)) element.style.setProperty(name, value);
}

function showNoPreview(message) {
  preview = null;
  previewKey = '';
  const note = document.createElement('p');
  note.className = 'preview-empty';
  note.textContent = message;
  previewFrame.replaceChildren(note);
  previewInfo.textContent = '';
}

/** Says when the element has started, or that it could not, if its file did not load in time. */
async function watchWidgetLoads(element, tool) {
  const timeout = new Promise((resolve) => setTimeout(resolve, WIDGET_WAIT_MS, false));
  const defined = await Promise.race([customElements.whenDefined(tool.tag).then(() => true), timeout]);
  if (element !== preview) return;
  if (!defined) {
    previewInfo.textContent = 'The preview could not start, because the Plainsight file did not load. '
      + 'Check your internet connection, then reload this page.';
  } else if (previewInfo.textContent === 'The preview is loading.') {
    previewInfo.textContent = tool.ready;
  }
}

/** Builds a new widget when the tool or what it shows changes; colours alone only repaint it. */
function updatePreview(settings, addressesFine) {
  if (!addressesFine) {
    showNoPreview('The preview will show here when the addresses above are right.');
    return;
  }
  const { tool } = settings;
  const attributes = tool.attributes(settings);
  const key = JSON.stringify([tool.tag, attributes]);
  if (preview && key === previewKey) {
    paintColours(preview, settings);
    return;
  }
  const element = document.createElement(tool.tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  paintColours(element, settings);
  element.addEventListener('ps-explained', onExplained);
  element.addEventListener('ps-term-open', onTermOpen);
  previewFrame.replaceChildren(element);
  preview = element;
  previewKey = key;
  previewInfo.textContent = 'The preview is loading.';
  watchWidgetLoads(element, tool);
}

// ---- Putting it together ---------------------------------------------------------------------

function render({ rebuild }) {
  const settings = readSettings();
  showSettingsFor(settings.tool);
  const addressesFine = checkAddresses(settings.tool);
  checkColours(settings);
  snippetCode.textContent = snippetFor(settings);
  cssCode.textContent = cssFor(settings);
  if (rebuild) updatePreview(settings, addressesFine);
  else if (preview) paintColours(preview, settings);
}

let typingTimer = 0;

form.addEventListener('input', (event) => {
  const typing = event.target instanceof HTMLInputElement && event.target.type === 'text';
  clearTimeout(typingTimer);
  if (typing) {
    // Update the snippet at once, but wait for a pause in typing before rebuilding the preview.
    render({ rebuild: false });
    typingTimer = setTimeout(() => render({ rebuild: true }), TYPING_PAUSE_MS);
  } else {
    render({ rebuild: true });
  }
});

form.addEventListener('change', () => render({ rebuild: true }));

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  render({ rebuild: true });
  const firstProblem = form.querySelector('[aria-invalid="true"]');
  if (firstProblem) firstProblem.focus();
});

$('#reset-colours').addEventListener('click', () => {
  accentInput.value = USUAL_COLOURS.accent;
  markInput.value = USUAL_COLOURS.mark;
  render({ rebuild: false });
});

// ---- Copying ---------------------------------------------------------------------------------

let statusTimer = 0;

/** Empties the live region first, so the same message is read out again on a second copy. */
function announce(message) {
  clearTimeout(statusTimer);
  copyStatus.textContent = '';
  statusTimer = setTimeout(() => { copyStatus.textContent = message; }, 100);
}

function selectText(element) {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

async function copy(element, what) {
  const text = element.textContent ?? '';
  try {
    if (!navigator.clipboard?.writeText) throw new Error('There is no clipboard here.');
    await navigator.clipboard.writeText(text);
    const problem = what === 'snippet' && form.querySelector('[aria-invalid="true"]');
    announce(problem
      ? 'Copied. But one of the addresses above has a problem, so the snippet will not work yet. Fix the address, then copy it again.'
      : `Copied. Now paste the ${what} into your web page.`);
  } catch {
    selectText(element);
    announce(`Your browser did not let us copy the ${what}. We have selected it for you: `
      + 'press Ctrl and C to copy it (on a Mac, press Cmd and C).');
  }
}

$('#copy-snippet').addEventListener('click', () => copy(snippetCode, 'snippet'));
$('#copy-css').addEventListener('click', () => copy(cssCode, 'CSS'));

// ---- Start -----------------------------------------------------------------------------------

/** Fills an empty box with a sample, so each tool has a working preview from the start. */
function startWith(input, value) {
  if (input.value.trim() === '') input.value = value;
}

fillSamples($('#src-samples'), SAMPLE_REPORTS);
fillSamples($('#profile-samples'), SAMPLE_PROFILES);
fillSamples($('#homework-samples'), SAMPLE_HOMEWORK);
fillSamples($('#endpoint-samples'), SAMPLE_ENDPOINTS);
startWith(srcInput, absolute(SAMPLE_REPORTS[0][0]));
startWith(homeworkSrcInput, absolute(SAMPLE_HOMEWORK[0][0]));
startWith(homeworkEndpointInput, absolute(SAMPLE_ENDPOINTS[0][0]));
startWith(formKeyInput, SAMPLE_FORM_KEY);
startWith(contactEndpointInput, absolute(SAMPLE_ENDPOINTS[0][0]));
startWith(consentVersionInput, SAMPLE_CONSENT_VERSION);
render({ rebuild: true });
