// <ps-contact-preferences> in the widget bundle, without making every page download it: the
// element's code (and the IndexedDB store under it) is fetched the first time one is on the
// page. A page with only a report on it never loads a byte of it.

const TAG = 'ps-contact-preferences';
let loading: Promise<unknown> | undefined;

/** Loads and defines the element now. Resolves once it is defined. */
export function loadContactPreferences(): Promise<void> {
  loading ??= import('./define');
  return loading.then(() => customElements.whenDefined(TAG)).then(() => {});
}

/**
 * Defines the element as soon as one is in the document: now, or when one is added. An element
 * inside another component's shadow root is not seen: call loadContactPreferences() for that.
 */
export function defineContactPreferencesWhenUsed(): void {
  if (customElements.get(TAG)) return;
  if (document.getElementsByTagName(TAG).length > 0) {
    void loadContactPreferences();
    return;
  }
  // A live collection: reading its length costs nothing, however busy the page is.
  const found = document.getElementsByTagName(TAG);
  const observer = new MutationObserver(() => {
    if (found.length === 0) return;
    observer.disconnect();
    void loadContactPreferences();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
