// The embed-snippet builder for school staff (staff.html).
//
// It reads the form, shows a live preview of the widget, and writes the snippet a school pastes
// into its own website. The page runs under a strict Content Security Policy, so this file never
// writes HTML as a string into the page: the preview is built with createElement and
// setAttribute, and colours are set with style.setProperty (allowed from script). The snippet is
// shown as text only (textContent), so nothing typed into the form can run on this page.

const WIDGET_TAG = 'ps-report-explainer';
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

const $ = (selector) => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`staff.html has no ${selector}`);
  return found;
};

const form = $('#builder-form');
const srcInput = $('#src');
const srcError = $('#src-error');
const langSelect = $('#lang');
const accentInput = $('#accent');
const markInput = $('#mark');
const accentValue = $('#accent-value');
const markValue = $('#mark-value');
const accentWarning = $('#accent-warning');
const markWarning = $('#mark-warning');
const profileInput = $('#profile');
const profileError = $('#profile-error');
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

// ---- Reading the form ------------------------------------------------------------------------

function checkedValue(name, fallback) {
  const checked = form.querySelector(`input[name="${name}"]:checked`);
  return checked ? checked.value : fallback;
}

function readSettings() {
  return {
    src: srcInput.value.trim(),
    lang: langSelect.value,
    mode: checkedValue('mode', 'inline'),
    accent: accentInput.value.toLowerCase(),
    mark: markInput.value.toLowerCase(),
    profile: profileInput.value.trim(),
  };
}

/** A problem with an address, in plain words, or '' when it is fine. */
function addressProblem(value, { required }) {
  if (value === '') return required ? 'Type the address of a report, or pick one of our samples.' : '';
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

function showProblem(input, errorBox, message) {
  errorBox.textContent = message;
  errorBox.hidden = message === '';
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
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

function colourDeclarations({ accent, mark }) {
  return [['--ps-accent', accent], ['--ps-mark', mark]];
}

/** The element's attributes, in the order a person would write them. */
function widgetAttributes(settings) {
  const attributes = [['src', settings.src], ['lang', settings.lang]];
  if (settings.profile) attributes.push(['profile', settings.profile]);
  attributes.push(['mode', settings.mode]);
  return attributes;
}

function snippetFor(settings) {
  const style = colourDeclarations(settings).map(([name, value]) => `${name}: ${value};`).join(' ');
  const attributes = [...widgetAttributes(settings), ['style', style]]
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(' ');
  return `<script type="module" src="${escapeAttribute(WIDGET_URL)}"></script>\n`
    + `<${WIDGET_TAG} ${attributes}></${WIDGET_TAG}>\n`;
}

function cssFor(settings) {
  const lines = colourDeclarations(settings).map(([name, value]) => `  ${name}: ${value};`);
  return `${WIDGET_TAG} {\n${lines.join('\n')}\n}\n`;
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

/** Builds a new widget when what it shows changes; colours alone only repaint it. */
function updatePreview(settings) {
  if (addressProblem(settings.src, { required: true }) || addressProblem(settings.profile, { required: false })) {
    showNoPreview('The preview will show here when the addresses above are right.');
    return;
  }
  const key = JSON.stringify(widgetAttributes(settings));
  if (preview && key === previewKey) {
    paintColours(preview, settings);
    return;
  }
  const element = document.createElement(WIDGET_TAG);
  for (const [name, value] of widgetAttributes(settings)) element.setAttribute(name, value);
  paintColours(element, settings);
  element.addEventListener('ps-explained', onExplained);
  element.addEventListener('ps-term-open', onTermOpen);
  previewFrame.replaceChildren(element);
  preview = element;
  previewKey = key;
  previewInfo.textContent = customElements.get(WIDGET_TAG) ? 'The preview is loading the report.' : 'The preview is loading.';
}

async function watchWidgetLoads() {
  const timeout = new Promise((resolve) => setTimeout(resolve, WIDGET_WAIT_MS, false));
  const defined = await Promise.race([customElements.whenDefined(WIDGET_TAG).then(() => true), timeout]);
  if (!defined) {
    previewInfo.textContent = 'The preview could not start, because the Plainsight file did not load. '
      + 'Check your internet connection, then reload this page.';
  } else if (previewInfo.textContent === 'The preview is loading.') {
    previewInfo.textContent = 'The preview is loading the report.';
  }
}

// ---- Putting it together ---------------------------------------------------------------------

function render({ rebuild }) {
  const settings = readSettings();
  showProblem(srcInput, srcError, addressProblem(settings.src, { required: true }));
  showProblem(profileInput, profileError, addressProblem(settings.profile, { required: false }));
  checkColours(settings);
  snippetCode.textContent = snippetFor(settings);
  cssCode.textContent = cssFor(settings);
  if (rebuild) updatePreview(settings);
  else if (preview) paintColours(preview, settings);
}

let typingTimer = 0;

form.addEventListener('input', (event) => {
  const typing = event.target === srcInput || event.target === profileInput;
  clearTimeout(typingTimer);
  if (typing) {
    // Update the snippet at once, but wait for a pause in typing before loading a new report.
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

fillSamples($('#src-samples'), SAMPLE_REPORTS);
fillSamples($('#profile-samples'), SAMPLE_PROFILES);
if (srcInput.value.trim() === '') srcInput.value = absolute(SAMPLE_REPORTS[0][0]);
render({ rebuild: true });
watchWidgetLoads();
