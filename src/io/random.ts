/**
 * A uniform random source in [0, 1) backed by the platform's CSPRNG (browser and Node ≥ 19): the
 * randomness of new ids (src/domain/ids.ts) where nothing needs to be reproducible. It lives here,
 * not in domain/, because it reaches the platform's crypto.
 */
export function cryptoRandom(): number {
  const buf = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buf);
  return buf[0] / 2 ** 32;
}
