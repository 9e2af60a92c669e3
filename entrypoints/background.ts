// The background hosts the engine off every page's main thread and answers the content
// scripts, the popup, the options page and the preview (extension/messages.ts says what each
// can ask). Wiring only: the work is in extension/background/.
import { createEngineService } from '@/extension/background/engine-service';
import { syncRegistration } from '@/extension/sites/registration';
import type { Message, RequestType } from '@/extension/messages';

export default defineBackground(() => {
  const handlers = createEngineService();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const request = message as Partial<Message> | undefined;
    const type = request?.type as RequestType | undefined;
    if (!type || !Object.hasOwn(handlers, type)) return undefined;
    const handle = handlers[type] as (request: unknown, sender: { tab?: { id?: number } }) => Promise<unknown>;
    // An error travels back as a plain message: the sender shows it in its own words.
    return handle(request, sender).catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));
  });
  // A site allowed or taken away anywhere (the popup, the options page, the browser's own
  // settings) changes where the content script runs.
  browser.permissions.onAdded.addListener(() => void syncRegistration());
  browser.permissions.onRemoved.addListener(() => void syncRegistration());
});
