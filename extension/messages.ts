/**
 * Everything the extension's pages and content scripts ask the background, defined once with
 * types. The background owns the engine; the others only send text and get answers back.
 * Messages travel as JSON, so answers hold plain arrays and objects, never typed arrays.
 */
import { browser } from 'wxt/browser';
import type { Summary } from '../lib/summary/summarise';

/** A school word in a teacher's comment. */
export interface LintTerm {
  id: string;
  text: string;
  start: number;
  end: number;
  meaning: string;
  /** Plain words that can stand in its place, when there are some. */
  plain?: string;
}

export interface LintResult {
  readingAge: number;
  words: number;
  terms: LintTerm[];
}

/** One comment's figures in a class check. */
export interface CommentScore {
  readingAge: number;
  words: number;
  terms: number;
}

/** A report explained for a parent, the way the report explainer shows it. */
export interface ExplainResult {
  lang: string;
  readingAge: number;
  summary: Summary;
  notes: { start: number; end: number; text: string; meaning: string; ask?: string }[];
}

export interface Requests {
  lint: { request: { text: string; lang: string }; response: LintResult };
  'lint-many': { request: { texts: string[] }; response: CommentScore[] };
  explain: { request: { text: string; lang: string }; response: ExplainResult };
  strings: { request: { lang: string }; response: { lang: string; local: Record<string, unknown>; english: Record<string, unknown> } };
  /** Keeps a comment for the parents' preview frame, which asks for it by its id. */
  'preview-put': { request: { text: string; lang: string }; response: { id: string } };
  'preview-get': { request: { id: string }; response: { text: string; lang: string } | null };
  /** A site was allowed: register the content script there and run it in the tab. */
  'site-enabled': { request: { pattern: string; tabId?: number }; response: { ok: boolean } };
  'run-once': { request: { tabId: number }; response: { ok: boolean } };
}

export type RequestType = keyof Requests;
export type Message<T extends RequestType = RequestType> = { type: T } & Requests[T]['request'];

/** Sends one request to the background and waits for its answer. */
export async function ask<T extends RequestType>(type: T, request: Requests[T]['request']): Promise<Requests[T]['response']> {
  const answer = (await browser.runtime.sendMessage({ type, ...request })) as Requests[T]['response'] | { error: string } | undefined;
  if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(answer.error);
  return answer as Requests[T]['response'];
}

export type Handlers = { [T in RequestType]: (request: Requests[T]['request'], sender: { tab?: { id?: number } }) => Promise<Requests[T]['response']> };
