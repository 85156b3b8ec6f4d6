/*
 * jsdom 31 (and the undici it loads) needs Node >= 22: the global `Iterator` with
 * its helper methods, `worker_threads.markAsUncloneable` and zstd in zlib. This
 * machine runs Node 20, so the unit-test workers preload these small stand-ins.
 * Each one is installed only when missing, so on Node 22+ this file does nothing.
 * Loaded with `--require` through `test.execArgv` in apps/web/vitest.config.ts.
 */
'use strict';

const zlib = require('node:zlib');
if (typeof zlib.createZstdDecompress !== 'function') {
  zlib.createZstdDecompress = function createZstdDecompress() {
    throw new Error('zstd decompression needs Node >= 22');
  };
}
if (zlib.constants.ZSTD_d_windowLogMax === undefined) {
  try {
    Object.defineProperty(zlib.constants, 'ZSTD_d_windowLogMax', { value: 100, enumerable: true });
  } catch {
    // frozen constants: undici only reads the value
  }
}

const workerThreads = require('node:worker_threads');
if (typeof workerThreads.markAsUncloneable !== 'function') {
  workerThreads.markAsUncloneable = function markAsUncloneable() {
    return undefined;
  };
}

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

if (typeof globalThis.Iterator !== 'function') {
  function Iterator() {
    if (new.target === undefined || new.target === Iterator) {
      throw new TypeError('Abstract class Iterator not directly constructable');
    }
  }
  Iterator.prototype = IteratorPrototype;
  Object.defineProperty(IteratorPrototype, 'constructor', { value: Iterator, writable: true, configurable: true });
  Iterator.from = function from(value) {
    const iterator = typeof value[Symbol.iterator] === 'function' ? value[Symbol.iterator]() : value;
    if (iterator instanceof Iterator) return iterator;
    return (function* wrap() {
      yield* { [Symbol.iterator]: () => iterator };
    })();
  };
  Object.defineProperty(globalThis, 'Iterator', { value: Iterator, writable: true, configurable: true });
}

function iterate(self) {
  return { [Symbol.iterator]: () => self };
}

const helpers = {
  *map(fn) {
    let i = 0;
    for (const value of iterate(this)) yield fn(value, i++);
  },
  *filter(fn) {
    let i = 0;
    for (const value of iterate(this)) if (fn(value, i++)) yield value;
  },
  *take(limit) {
    if (limit <= 0) return;
    let i = 0;
    for (const value of iterate(this)) {
      yield value;
      if (++i >= limit) return;
    }
  },
  *drop(count) {
    let i = 0;
    for (const value of iterate(this)) if (i++ >= count) yield value;
  },
  *flatMap(fn) {
    let i = 0;
    for (const value of iterate(this)) yield* fn(value, i++);
  },
  reduce(fn, ...initial) {
    let i = 0;
    let hasAcc = initial.length > 0;
    let acc = initial[0];
    for (const value of iterate(this)) {
      if (!hasAcc) {
        acc = value;
        hasAcc = true;
      } else acc = fn(acc, value, i);
      i++;
    }
    if (!hasAcc) throw new TypeError('Reduce of empty iterator with no initial value');
    return acc;
  },
  toArray() {
    return Array.from(iterate(this));
  },
  forEach(fn) {
    let i = 0;
    for (const value of iterate(this)) fn(value, i++);
  },
  some(fn) {
    let i = 0;
    for (const value of iterate(this)) if (fn(value, i++)) return true;
    return false;
  },
  every(fn) {
    let i = 0;
    for (const value of iterate(this)) if (!fn(value, i++)) return false;
    return true;
  },
  find(fn) {
    let i = 0;
    for (const value of iterate(this)) if (fn(value, i++)) return value;
    return undefined;
  },
};

for (const [name, fn] of Object.entries(helpers)) {
  if (typeof IteratorPrototype[name] !== 'function') {
    Object.defineProperty(IteratorPrototype, name, { value: fn, writable: true, configurable: true });
  }
}

if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
