import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// Every page is a lazy chunk (app/routes.tsx): the first render of a page in a test file waits for its
// module to load, which takes more than the default second on a busy machine.
configure({ asyncUtilTimeout: 10_000 });

// jsdom lacks a few browser APIs Mantine reads; these are the browser, not our code.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

class ResizeObserverStub {
  observe(): void {
    return undefined;
  }
  unobserve(): void {
    return undefined;
  }
  disconnect(): void {
    return undefined;
  }
}
if (!('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: typeof ResizeObserverStub }).ResizeObserver = ResizeObserverStub;
}
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;

afterEach(() => {
  cleanup();
});
