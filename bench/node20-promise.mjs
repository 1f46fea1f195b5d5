/**
 * PostGraphile 5.1 (grafast, grafserv, @dataplan/pg) declares Node.js >= 22, and on Node.js 20 the
 * one thing it misses is `Promise.withResolvers` (ES2024): every request would fail with "not a
 * function". Imported first by postgraphile-process.mjs; a no-op on Node.js 22 and later.
 */
if (typeof Promise.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    /** @template T */
    value: function withResolvers() {
      /** @type {(value: T) => void} */
      let resolve = () => {};
      /** @type {(reason?: unknown) => void} */
      let reject = () => {};
      const promise = new Promise((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}
