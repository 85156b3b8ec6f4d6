import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// Lazy chunks (the charts) load through Vite's transform on first use: on a busy 2-core CI machine that took
// over the default 1 s of findBy/waitFor (seen: My budget's chart). Waiting longer changes no assertion.
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
