import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setAccessToken, setRefreshHandler } from '../lib/api-client';
import { i18n } from '../lib/i18n';
import { server } from './server';
import { setSessionHint } from './session-hint';

// The shell's strings and the API's messages, as the app has them before its first render.
await i18n.loadNamespaces(['translation', 'messages']);

// A page's first render waits for its lazy chunk and locale namespace: allow for a slow, busy machine.
configure({ asyncUtilTimeout: 4000 });

// jsdom's File and FormData are not the ones Node's fetch reads (an uploaded file would arrive named "blob"):
// use Node's, one family as in a browser. Node's FormData is not a global here, so take it from a parsed body.
// React reads a submitted <form action> with `new FormData(form, submitter)`, which jsdom's FormData does.
const NodeFormData = (await new Response(new URLSearchParams()).formData()).constructor as typeof FormData;
const JsdomFormData = globalThis.FormData;
class FetchFormData extends NodeFormData {
  constructor(form?: HTMLFormElement, submitter?: HTMLElement | null) {
    super();
    if (!form) return;
    for (const [name, value] of new JsdomFormData(form, submitter)) {
      // Node's File is the DOM's at run time; its declared type is node:buffer's.
      this.append(name, typeof value === 'string' ? value : (new NodeFile([], value.name, { type: value.type }) as unknown as File));
    }
  }
}
// jsdom's FileReader reads only jsdom's blobs: read Node's as a browser's reader would, events included.
class BlobReader extends FileReader {
  override readAsText(blob: Blob): void {
    void blob.text().then((text) => {
      Object.defineProperty(this, 'result', { value: text, configurable: true });
      this.dispatchEvent(new ProgressEvent('load'));
      this.dispatchEvent(new ProgressEvent('loadend'));
    });
  }
}
Object.assign(globalThis, { Blob: NodeBlob, File: NodeFile, FormData: FetchFormData, FileReader: BlobReader });

// A request nobody answers is a mistake in the spec: mockApi answers 404 for routes it was not given.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

afterEach(async () => {
  cleanup();
  server.resetHandlers();
  setAccessToken(null);
  setRefreshHandler(null);
  await i18n.changeLanguage('ko');
  window.localStorage.clear();
  setSessionHint(false);
});
