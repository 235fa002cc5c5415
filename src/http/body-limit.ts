// Request body size limit: yoga reads whole bodies, so refuse big ones with 413, first by
// Content-Length, then by counting the streamed bytes (a chunked body has no length).
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** 1.5 MiB: a 1 MiB article sent through ingestArticle still fits, with its JSON escaping. */
function tooLarge(maxBytes: number) {
  return createGraphQLError(`Request body is over the limit of ${maxBytes} bytes.`, {
    extensions: { code: 'PAYLOAD_TOO_LARGE', http: { status: 413 } },
  });
}

export function useBodyLimit(maxBytes: number): Plugin {
  return {
    async onRequestParse({ request }) {
      if (!request.body) return;
      const declared = request.headers.get('content-length');
      if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
      if (declared !== null) return;
      // No declared length: count a copy of the stream, stopping as soon as it goes over.
      const reader = request.clone().body!.getReader();
      let size = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel();
          throw tooLarge(maxBytes);
        }
      }
    },
  };
}
