import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {}

/**
 * Reads a request body, refusing it as soon as it passes `limit` bytes. Plain 'data' and
 * 'end' listeners, not `for await`: the async iterator's stream plumbing was 5% of a
 * response-cache hit (docs/performance.md).
 */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return readBodyBytes(request, limit).then((bytes) => bytes.toString('utf8'));
}

/** The body's bytes, refused (BodyTooLargeError) the moment they pass `limit`. */
export function readBodyBytes(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (declared > limit) return Promise.reject(new BodyTooLargeError());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanUp();
        request.resume(); // drain the rest unread, so the answer can still be sent
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanUp();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    // A client that hangs up mid-body: closed without 'end'.
    const onClose = () => onError(new Error('The request was closed before its body ended.'));
    const cleanUp = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('close', onClose);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
    request.on('close', onClose);
  });
}
