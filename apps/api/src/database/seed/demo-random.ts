/**
 * The demo's random numbers: a small seeded generator (mulberry32) keyed by a string, so the same key gives
 * the same sequence on every machine and every run. The demo keys it by the business date (and a name per
 * stream): two seeds on the same date give the same data.
 */
export function seededRandom(key: string): () => number {
  // FNV-1a of the key as the generator's state.
  let state = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) state = Math.imul(state ^ key.charCodeAt(i), 0x01000193);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A whole number in [min, max] from a generator. */
export function between(next: () => number, min: number, max: number): number {
  return min + Math.floor(next() * (max - min + 1));
}
