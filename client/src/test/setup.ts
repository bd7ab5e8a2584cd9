import '@testing-library/jest-dom';
import { act, configure } from '@testing-library/react';
import { webcrypto } from 'node:crypto';
import { TextDecoder, TextEncoder } from 'node:util';

// findBy*/waitFor wait up to 5 s (default 1 s): a modal's close transition on a loaded CI machine can take longer
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks a few browser APIs that Mantine and the app use.
if (!globalThis.crypto?.randomUUID || !globalThis.crypto?.getRandomValues) {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
}
Object.assign(globalThis, { TextEncoder, TextDecoder });

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(window, { ResizeObserver: ResizeObserverStub });
window.HTMLElement.prototype.scrollIntoView = function scrollIntoView() {};
Object.defineProperty(window, 'scrollTo', { value: () => undefined, writable: true });

// Mantine's notifications live in a module-level store: start every test without any.
import { notifications } from '@mantine/notifications';
afterEach(() => {
  act(() => notifications.clean());
});
