// The package's own types re-export a .mjs file that has only a .d.ts beside it, which strict
// module resolution cannot follow; this says what its one browser function is.
export {};

declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
