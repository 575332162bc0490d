// Types shared by the server and the endpoint handlers.

import type { FakeState, FakeUser } from './state.ts';

export interface FakeContext {
  /** http://127.0.0.1:PORT — the fake's API root (octokit's baseUrl, Decap's api_root). */
  baseUrl: string;
  /** The bare git repository. */
  dir: string;
  state: FakeState;
  now: () => Date;
}

export interface FakeRequest {
  operationId: string;
  method: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  actor: FakeUser;
  /** The request URL, absolute (for Link headers). */
  url: URL;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: FakeContext, req: FakeRequest) => Promise<Reply> | Reply;

/** Thrown by handlers for GitHub-style error answers (`{ message, documentation_url }`). */
export class HttpError extends Error {
  status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export function notFound(): HttpError {
  return new HttpError(404, 'Not Found');
}

export function unprocessable(message: string): HttpError {
  return new HttpError(422, message);
}

/** The request body as an object (validation has already checked its shape against the description). */
export function bodyOf<T>(req: FakeRequest): T {
  return (req.body ?? {}) as T;
}
