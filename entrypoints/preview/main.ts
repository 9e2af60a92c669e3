// The parents' preview: a teacher's comment shown by <ps-report-explainer>, in a frame on the
// MIS page. It is an extension page, so custom elements work here, and the page cannot see in.
import '@/components/report-explainer/define';
import { ask } from '@/extension/messages';
import { pageStrings } from '@/extension/ui/page-strings';

async function main(): Promise<void> {
  const app = document.getElementById('app')!;
  const found = await ask('preview-get', { id: location.hash.slice(1) });
  const { t, lang } = await pageStrings(found?.lang ?? 'en');
  document.title = t('teacher.preview');
  if (!found) {
    app.textContent = t('preview.gone');
    return;
  }
  const explainer = document.createElement('ps-report-explainer');
  explainer.lang = lang;
  explainer.report = found.text;
  app.replaceChildren(explainer);
}

void main();
