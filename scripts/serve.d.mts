import type { Server } from 'node:http';

export function contentSecurityPolicy(cdn: string): string;
export function startDemo(options?: { sitePort?: number; cdnPort?: number }): Promise<{ site: Server; cdn: Server; receiver: ReturnType<typeof import('./receiver.mjs').createReceiver>; siteUrl: string; cdnUrl: string }>;
