/**
 * An element in the widget bundle whose code is a file of its own, fetched the first time a
 * page has one, so a page without it never downloads a byte of it.
 */
export function lazyElement(tag: string, load: () => Promise<unknown>) {
  let loading: Promise<unknown> | undefined;

  /** Loads and defines the element now. Resolves once it is defined. */
  const loadNow = (): Promise<void> => {
    loading ??= load();
    return loading.then(() => customElements.whenDefined(tag)).then(() => {});
  };

  /**
   * Defines the element as soon as one is in the document: now, or when one is added. One
   * inside another component's shadow root is not seen: call the loader for that.
   */
  const defineWhenUsed = (): void => {
    if (customElements.get(tag)) return;
    // A live collection: reading its length costs nothing, however busy the page is.
    const found = document.getElementsByTagName(tag);
    if (found.length > 0) {
      void loadNow();
      return;
    }
    const observer = new MutationObserver(() => {
      if (found.length === 0) return;
      observer.disconnect();
      void loadNow();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  };

  return { loadNow, defineWhenUsed };
}
