/**
 * A short closed tour through n nodes given their distance matrix (row-major n×n, symmetric).
 * Up to EXACT_LIMIT nodes the optimum is computed (Held–Karp dynamic programming); above it,
 * nearest neighbour, then 2-opt and Or-opt local search over neighbour lists with a work queue,
 * then a fixed number of deterministic perturbations (segment swaps, a seeded generator) each
 * followed by the local search, keeping the best tour. Same input, same tour: no clock, no
 * Math.random.
 */
import { seededRandom } from "../ids";

/** Largest node count solved exactly: 2^(n−1)·(n−1)² steps, about a quarter million at 12. */
export const EXACT_LIMIT = 12;
const NEIGHBOURS = 10;
const EPS = 1e-9;

export interface TourOptions {
  /** Perturbation rounds after the first local optimum (default: by node count, see defaultKicks). */
  kicks?: number;
  /** Stop after this many rounds in a row without improvement (default: defaultPatience). */
  patience?: number;
  seed?: number;
  /** Solve exactly up to this many nodes (default EXACT_LIMIT; 0 forces the heuristic). */
  exactUpTo?: number;
}

export function defaultKicks(n: number): number {
  return n < 8 ? 0 : Math.min(3000, 20 * n);
}

/** Stop the perturbation rounds early after this many in a row found nothing better. */
export function defaultPatience(n: number): number {
  return Math.max(40, 3 * n);
}

export function tourLength(order: ArrayLike<number>, dist: Float64Array, n: number): number {
  let sum = 0;
  for (let i = 0; i < order.length; i++) sum += dist[order[i] * n + order[(i + 1) % order.length]];
  return sum;
}

/** The tour starting at node 0, heading first to the nearer of its two neighbours. */
export function solveTour(dist: Float64Array, n: number, options: TourOptions = {}): Int32Array {
  if (n <= 3) return Int32Array.from({ length: n }, (_, i) => i);
  const exactUpTo = options.exactUpTo ?? EXACT_LIMIT;
  const order = n <= exactUpTo ? exactTour(dist, n) : improveTour(nearestNeighbourTour(dist, n), dist, n, options);
  return canonical(order, dist, n);
}

function canonical(order: Int32Array, dist: Float64Array, n: number): Int32Array {
  const start = order.indexOf(0);
  const after = order[(start + 1) % n];
  const before = order[(start - 1 + n) % n];
  const forward = dist[after] < dist[before] || (dist[after] === dist[before] && after < before);
  const out = new Int32Array(n);
  for (let k = 0; k < n; k++) out[k] = order[forward ? (start + k) % n : (start - k + n) % n];
  return out;
}

/** Held–Karp: the optimal closed tour. Exponential: for n ≤ EXACT_LIMIT only. */
export function exactTour(dist: Float64Array, n: number): Int32Array {
  if (n <= 3) return Int32Array.from({ length: n }, (_, i) => i);
  const m = n - 1; // nodes 1..n-1 as bits 0..m-1; the tour starts and ends at node 0
  const full = (1 << m) - 1;
  const cost = new Float64Array((full + 1) * m).fill(Infinity);
  const from = new Int8Array((full + 1) * m).fill(-1);
  for (let j = 0; j < m; j++) cost[(1 << j) * m + j] = dist[j + 1];
  for (let mask = 1; mask <= full; mask++) {
    for (let j = 0; j < m; j++) {
      const c = cost[mask * m + j];
      if (!(mask & (1 << j)) || c === Infinity) continue;
      for (let k = 0; k < m; k++) {
        if (mask & (1 << k)) continue;
        const next = mask | (1 << k);
        const v = c + dist[(j + 1) * n + k + 1];
        if (v < cost[next * m + k]) {
          cost[next * m + k] = v;
          from[next * m + k] = j;
        }
      }
    }
  }
  let best = Infinity;
  let last = 0;
  for (let j = 0; j < m; j++) {
    const v = cost[full * m + j] + dist[(j + 1) * n];
    if (v < best) {
      best = v;
      last = j;
    }
  }
  const order = new Int32Array(n);
  let mask = full;
  for (let k = n - 1; k >= 1; k--) {
    order[k] = last + 1;
    const prev = from[mask * m + last];
    mask &= ~(1 << last);
    last = prev;
  }
  order[0] = 0;
  return order;
}

export function nearestNeighbourTour(dist: Float64Array, n: number, start = 0): Int32Array {
  const order = new Int32Array(n);
  const used = new Uint8Array(n);
  let cur = start;
  used[cur] = 1;
  order[0] = cur;
  for (let k = 1; k < n; k++) {
    let best = -1;
    let bestD = Infinity;
    const row = cur * n;
    for (let j = 0; j < n; j++) {
      if (!used[j] && dist[row + j] < bestD) {
        bestD = dist[row + j];
        best = j;
      }
    }
    cur = best;
    used[cur] = 1;
    order[k] = cur;
  }
  return order;
}

/** Each node's nearest other nodes, nearest first, `k` per node. */
export function neighbourLists(dist: Float64Array, n: number, k: number): Int32Array {
  const lists = new Int32Array(n * k);
  const idx: number[] = [];
  for (let i = 0; i < n; i++) {
    idx.length = 0;
    for (let j = 0; j < n; j++) if (j !== i) idx.push(j);
    const row = i * n;
    idx.sort((a, b) => dist[row + a] - dist[row + b] || a - b);
    for (let t = 0; t < k; t++) lists[i * k + t] = idx[t];
  }
  return lists;
}

/** 2-opt + Or-opt local search with neighbour lists and a work queue, then perturbation rounds. */
export function improveTour(initial: Int32Array, dist: Float64Array, n: number, options: TourOptions = {}): Int32Array {
  if (n <= 4) return initial.slice();
  const K = Math.min(NEIGHBOURS, n - 1);
  const neigh = neighbourLists(dist, n, K);
  const order = initial.slice();
  const pos = new Int32Array(n);
  for (let i = 0; i < n; i++) pos[order[i]] = i;
  const queue = new Int32Array(n);
  const queued = new Uint8Array(n);
  let qHead = 0;
  let qSize = 0;
  const buffer = new Int32Array(n);

  const push = (a: number) => {
    if (queued[a]) return;
    queued[a] = 1;
    queue[(qHead + qSize) % n] = a;
    qSize++;
  };
  const pop = () => {
    const a = queue[qHead];
    qHead = (qHead + 1) % n;
    qSize--;
    queued[a] = 0;
    return a;
  };
  const next = (a: number) => order[pos[a] + 1 === n ? 0 : pos[a] + 1];
  const prev = (a: number) => order[pos[a] === 0 ? n - 1 : pos[a] - 1];

  /** Reverses the tour between positions i and j (inclusive, forward); the shorter side is flipped. */
  const reverse = (i: number, j: number) => {
    let len = ((j - i + n) % n) + 1;
    if (len * 2 > n) {
      const ni = (j + 1) % n;
      j = (i - 1 + n) % n;
      i = ni;
      len = n - len;
    }
    for (let s = len >> 1; s > 0; s--) {
      const a = order[i];
      const b = order[j];
      order[i] = b;
      pos[b] = i;
      order[j] = a;
      pos[a] = j;
      i = i + 1 === n ? 0 : i + 1;
      j = j === 0 ? n - 1 : j - 1;
    }
  };

  const twoOpt = (a: number): boolean => {
    for (let dir = 0; dir < 2; dir++) {
      const b = dir === 0 ? next(a) : prev(a);
      const dab = dist[a * n + b];
      for (let t = 0; t < K; t++) {
        const c = neigh[a * K + t];
        const dac = dist[a * n + c];
        if (dac >= dab) break;
        const d = dir === 0 ? next(c) : prev(c);
        if (c === b || d === a) continue;
        const delta = dac + dist[b * n + d] - dab - dist[c * n + d];
        if (delta < -EPS) {
          if (dir === 0) reverse(pos[b], pos[c]);
          else reverse(pos[c], pos[b]);
          push(a);
          push(b);
          push(c);
          push(d);
          return true;
        }
      }
    }
    return false;
  };

  /** Moves the segment of `len` nodes starting at position `sp` between u and v, reversed or not. */
  const moveSegment = (sp: number, len: number, u: number, reversed: boolean) => {
    let k = 0;
    // Walk the tour from the node after the segment, copying everything else, inserting after u.
    const after = (sp + len) % n;
    for (let s = 0; s < n - len; s++) {
      const node = order[(after + s) % n];
      buffer[k++] = node;
      if (node === u) {
        for (let t = 0; t < len; t++) buffer[k++] = order[(sp + (reversed ? len - 1 - t : t)) % n];
      }
    }
    order.set(buffer);
    for (let i = 0; i < n; i++) pos[order[i]] = i;
  };

  const orOptAt = (sp: number, len: number): boolean => {
    const s1 = order[sp];
    const se = order[(sp + len - 1) % n];
    const p = order[(sp - 1 + n) % n];
    const nx = order[(sp + len) % n];
    const gain = dist[p * n + s1] + dist[se * n + nx] - dist[p * n + nx];
    if (gain <= EPS) return false;
    const inSegment = (x: number) => (pos[x] - sp + n) % n < len;
    for (let end = 0; end < 2; end++) {
      const e = end === 0 ? s1 : se;
      for (let t = 0; t < K; t++) {
        const c = neigh[e * K + t];
        if (dist[e * n + c] >= gain) break;
        if (inSegment(c)) continue;
        for (let side = 0; side < 2; side++) {
          const u = side === 0 ? c : prev(c);
          const v = side === 0 ? next(c) : c;
          if (inSegment(u) || inSegment(v)) continue;
          const duv = dist[u * n + v];
          const keep = dist[u * n + s1] + dist[se * n + v] - duv;
          const flip = dist[u * n + se] + dist[s1 * n + v] - duv;
          const add = Math.min(keep, flip);
          if (add - gain < -EPS) {
            moveSegment(sp, len, u, flip < keep);
            push(p);
            push(nx);
            push(s1);
            push(se);
            push(u);
            push(v);
            return true;
          }
        }
      }
    }
    return false;
  };

  const orOpt = (a: number): boolean => {
    for (let len = 1; len <= 3 && len + 3 <= n; len++) {
      if (orOptAt(pos[a], len)) return true;
      if (len > 1 && orOptAt((pos[a] - len + 1 + n) % n, len)) return true;
    }
    return false;
  };

  const localSearch = () => {
    while (qSize > 0) {
      const a = pop();
      if (twoOpt(a) || orOpt(a)) push(a);
    }
  };

  for (let i = 0; i < n; i++) push(order[i]);
  localSearch();
  const kicks = options.kicks ?? defaultKicks(n);
  if (kicks <= 0 || n < 8) return order;

  const random = seededRandom(options.seed ?? 0x5eed + n);
  const best = order.slice();
  let bestLength = tourLength(order, dist, n);
  const maxSeg = Math.max(1, Math.min(50, Math.floor(n / 3)));
  const patience = options.patience ?? defaultPatience(n);
  for (let kick = 0, sinceBest = 0; kick < kicks && sinceBest < patience; kick++, sinceBest++) {
    // Double bridge as a segment swap: X B C Y → X C B Y, with B and C short and adjacent.
    const a = Math.floor(random() * n);
    const l1 = 1 + Math.floor(random() * maxSeg);
    const l2 = 1 + Math.floor(random() * maxSeg);
    if (l1 + l2 + 1 >= n) continue;
    for (let t = 0; t < l2; t++) buffer[t] = order[(a + 1 + l1 + t) % n];
    for (let t = 0; t < l1; t++) buffer[l2 + t] = order[(a + 1 + t) % n];
    for (let t = 0; t < l1 + l2; t++) {
      const p = (a + 1 + t) % n;
      order[p] = buffer[t];
      pos[buffer[t]] = p;
    }
    push(order[a]);
    push(order[(a + 1) % n]);
    push(order[(a + l2) % n]);
    push(order[(a + l2 + 1) % n]);
    push(order[(a + l1 + l2) % n]);
    push(order[(a + l1 + l2 + 1) % n]);
    localSearch();
    const length = tourLength(order, dist, n);
    if (length < bestLength - EPS) {
      bestLength = length;
      best.set(order);
      sinceBest = 0;
    } else {
      order.set(best);
      for (let i = 0; i < n; i++) pos[order[i]] = i;
    }
  }
  return best;
}
