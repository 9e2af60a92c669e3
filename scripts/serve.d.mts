import type { Server } from 'node:http';

export function contentSecurityPolicy(cdn: string): string;
export function startDemo(options?: { sitePort?: number; cdnPort?: number }): Promise<{ site: Server; cdn: Server; siteUrl: string; cdnUrl: string }>;
