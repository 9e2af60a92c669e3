// The first demo: paste a report, and the engine explains it in a worker.
import { notesOf } from '../lib/format/notes';
import { loadEnglish, loadLanguage } from '../lib/glossary/languages';
import { connectWorker } from '../lib/worker/client';

const engine = connectWorker(new Worker(new URL('../lib/worker/worker.ts', import.meta.url), { type: 'module' }), { loadEnglish, loadLanguage });

const form = document.querySelector<HTMLFormElement>('#explain-form')!;
const input = document.querySelector<HTMLTextAreaElement>('#report')!;
const status = document.querySelector<HTMLElement>('#status')!;
const view = document.querySelector<HTMLElement>('#report-view')!;
const list = document.querySelector<HTMLOListElement>('#notes')!;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = input.value;
  if (text.trim() === '') {
    status.textContent = 'The box is empty. Paste a report into it first.';
    return;
  }
  status.textContent = 'Working…';
  try {
    const analysis = await engine.analyse(text);
    const notes = notesOf(analysis);
    // Text nodes only: the pasted report is never parsed as HTML.
    const parts: Node[] = [];
    let from = 0;
    for (const note of notes) {
      parts.push(document.createTextNode(text.slice(from, note.start)), element('mark', note.text), element('sup', String(note.number)));
      from = note.end;
    }
    parts.push(document.createTextNode(text.slice(from)));
    view.replaceChildren(...parts);
    view.hidden = false;
    list.replaceChildren(...notes.map((note) => {
      const item = element('li');
      item.append(element('strong', note.text), `: ${note.meaning}`);
      if (note.ask) item.append(element('span', note.ask, 'ask'));
      return item;
    }));
    const { readingAge, words } = analysis.readability;
    status.textContent = `${notes.length} things explained. Reading age of the report: ${readingAge} (${words} words).`;
  } catch (error) {
    status.textContent = `Sorry, this report could not be explained: ${(error as Error).message}`;
  }
});
