import type { IncomingMessage, ServerResponse } from 'node:http';

export function createReceiver(): {
  records: Map<string, unknown>;
  posts: Map<string, number>;
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
};
