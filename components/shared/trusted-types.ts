// One Trusted Types policy for all of Plainsight, named "plainsight", so a school that lists
// its allowed policies (CSP `trusted-types`) adds one name. It only passes script URLs we made.

interface Policy {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string; createScriptURL(input: string): string }): Policy;
}

export const POLICY_NAME = 'plainsight';
const allowedScriptUrls = new Set<string>();
let policy: Policy | null | undefined;

function getPolicy(): Policy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  policy = factory
    ? factory.createPolicy(POLICY_NAME, {
        // Only DOMPurify calls this, on text it is about to clean.
        createHTML: (input) => input,
        createScriptURL: (input) => {
          if (!allowedScriptUrls.has(input)) throw new TypeError(`Plainsight will not load the script ${input}.`);
          return input;
        },
      })
    : null;
  return policy;
}

/** A script URL the page may start as a worker, wrapped for Trusted Types when they are on. */
export function trustedScriptUrl(url: string): string {
  allowedScriptUrls.add(url);
  const current = getPolicy();
  return (current ? current.createScriptURL(url) : url) as string;
}

/** The policy to hand DOMPurify, so it needs no policy of its own. */
export function trustedTypesPolicy(): Policy | null {
  return getPolicy();
}
