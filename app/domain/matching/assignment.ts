// An exact solver for the plan's assignment problem: min-cost flow by successive shortest paths with potentials.
// Network: request → (person, bucket) → person → sink, plus a zero-cost skip edge request → sink; a person reaches
// the sink over a bonus edge (capacity 1) and a free one. Requests are routed one at a time, as in Jonker–Volgenant.

export interface AssignmentOption {
  personId: number;
  /** Capacity is counted per person and bucket. */
  bucket: string;
  /** Integer value of giving the request to this option. */
  weight: number;
}

export interface AssignmentProblem {
  requests: { id: number; options: AssignmentOption[] }[];
  capacity: (personId: number, bucket: string) => number;
  /** Integer value paid once for a person who gets at least one request. */
  bonus: (personId: number) => number;
}

export interface AssignmentSolution {
  /** Per request, in the problem's order: the option chosen, or null for skipped. */
  chosen: (AssignmentOption | null)[];
  /** The weights of the chosen options plus the bonuses earned. */
  value: number;
}

class Network {
  readonly to: number[] = [];
  readonly cap: number[] = [];
  readonly cost: number[] = [];
  /** Forward edges (even ids) as linked lists per node. */
  readonly next: number[] = [];
  readonly head: number[] = [];
  /** Residual twins (odd ids) per node, listed only while they have capacity: most never do. */
  readonly twins: number[][] = [];

  node(): number {
    this.head.push(-1);
    this.twins.push([]);
    return this.head.length - 1;
  }

  /** Adds u → v and its residual twin v → u (edge id ^ 1); returns the forward edge's id. */
  edge(u: number, v: number, cap: number, cost: number): number {
    const e = this.to.length;
    this.to.push(v, u);
    this.cap.push(cap, 0);
    this.cost.push(cost, -cost);
    this.next.push(this.head[u], -1);
    this.head[u] = e;
    return e;
  }

  /** Sends one unit over e, keeping the twin lists up to date. */
  push(e: number): void {
    const twin = e ^ 1;
    this.cap[e] -= 1;
    this.cap[twin] += 1;
    // e runs u → v; its twin runs v → u, so it is listed at v = to[e].
    if ((e & 1) === 0 && this.cap[twin] === 1) this.twins[this.to[e]].push(twin);
    if ((e & 1) === 1 && this.cap[e] === 0) {
      const list = this.twins[this.to[twin]];
      list.splice(list.indexOf(e), 1);
    }
  }
}

export function solveAssignment(problem: AssignmentProblem): AssignmentSolution {
  const g = new Network();
  const sink = g.node();
  const pot: number[] = [0];
  // Numeric keys (person id × buckets + bucket number): string keys cost more than the search itself.
  const bucketIds = new Map<string, number>();
  for (const request of problem.requests) for (const o of request.options) if (!bucketIds.has(o.bucket)) bucketIds.set(o.bucket, bucketIds.size);
  const keyOf = (o: AssignmentOption) => o.personId * bucketIds.size + bucketIds.get(o.bucket)!;
  const bucketNode = new Map<number, number>();
  const personNode = new Map<number, { node: number; bonusEdge: number }>();
  const requestNodes: number[] = [];
  const optionEdges: { edge: number; option: AssignmentOption }[][] = [];
  let sinkPot = 0;

  for (const request of problem.requests) {
    const r = g.node();
    pot[r] = 0;
    requestNodes.push(r);
    g.edge(r, sink, 1, 0);
    const edges: { edge: number; option: AssignmentOption }[] = [];
    for (const option of bestPerBucket(request.options, keyOf)) {
      const key = keyOf(option);
      let b = bucketNode.get(key);
      if (b === undefined) {
        const capacity = problem.capacity(option.personId, option.bucket);
        if (!(capacity > 0)) continue;
        b = g.node();
        pot[b] = Infinity;
        bucketNode.set(key, b);
        let person = personNode.get(option.personId);
        if (!person) {
          const p = g.node();
          pot[p] = Infinity;
          const bonus = problem.bonus(option.personId);
          const bonusEdge = bonus > 0 ? g.edge(p, sink, 1, -bonus) : -1;
          g.edge(p, sink, problem.requests.length, 0);
          person = { node: p, bonusEdge };
          personNode.set(option.personId, person);
        }
        g.edge(b, person.node, capacity, 0);
      }
      edges.push({ edge: g.edge(r, b, 1, -option.weight), option });
      pot[b] = Math.min(pot[b], -option.weight);
    }
    optionEdges.push(edges);
  }
  // Shortest distances in the flow-free DAG from all requests at once: feasible potentials to start from.
  for (const [, b] of bucketNode) {
    for (let e = g.head[b]; e !== -1; e = g.next[e]) pot[g.to[e]] = Math.min(pot[g.to[e]], pot[b]);
  }
  for (const [personId, { node }] of personNode) sinkPot = Math.min(sinkPot, pot[node] - Math.max(0, problem.bonus(personId)));
  pot[sink] = sinkPot;

  const search = new Search(g.head.length);
  for (const r of requestNodes) search.route(g, pot, r, sink);

  let value = 0;
  const chosen = optionEdges.map((edges) => {
    const used = edges.find(({ edge }) => g.cap[edge] === 0);
    if (used) value += used.option.weight;
    return used?.option ?? null;
  });
  for (const [personId, { bonusEdge }] of personNode) if (bonusEdge !== -1 && g.cap[bonusEdge] === 0) value += problem.bonus(personId);
  return { chosen, value };
}

/** One option per (person, bucket): the heaviest, the first among equals. */
function bestPerBucket(options: AssignmentOption[], keyOf: (o: AssignmentOption) => number): AssignmentOption[] {
  const best = new Map<number, AssignmentOption>();
  for (const o of options) {
    const key = keyOf(o);
    const seen = best.get(key);
    if (!seen || o.weight > seen.weight) best.set(key, o);
  }
  return [...best.values()];
}

/** Dijkstra's state, reused across searches; a stamp per node saves clearing the arrays. */
class Search {
  private readonly dist: number[];
  private readonly prev: Int32Array;
  private readonly stamp: Int32Array;
  private readonly heap = new Heap();
  private touched: number[] = [];
  private round = 0;

  constructor(nodes: number) {
    this.dist = new Array<number>(nodes).fill(0);
    this.prev = new Int32Array(nodes);
    this.stamp = new Int32Array(nodes);
  }

  /** Sends one unit from s to the sink along a shortest path and updates the potentials of the nodes it saw. */
  route(g: Network, pot: number[], s: number, sink: number): void {
    const { dist, prev, heap } = this;
    this.round++;
    this.touched = [s];
    this.stamp[s] = this.round;
    dist[s] = 0;
    heap.push(0, s);
    while (heap.size > 0) {
      const d = heap.minKey();
      const u = heap.pop();
      if (d > dist[u]) continue;
      if (u === sink) break;
      for (let e = g.head[u]; e !== -1; e = g.next[e]) if (g.cap[e] > 0) this.relax(g, pot, u, d, e);
      for (const e of g.twins[u]) this.relax(g, pot, u, d, e);
    }
    heap.clear();
    const reach = dist[sink];
    // π(v) += min(d(v), D) − D: the usual update minus a constant, so untouched nodes need no change.
    for (const v of this.touched) pot[v] += Math.min(dist[v], reach) - reach;
    for (let v = sink; v !== s; ) {
      const e = prev[v];
      v = g.to[e ^ 1];
      g.push(e);
    }
  }

  private relax(g: Network, pot: number[], u: number, d: number, e: number): void {
    const v = g.to[e];
    const nd = d + g.cost[e] + pot[u] - pot[v];
    if (this.stamp[v] !== this.round) {
      this.stamp[v] = this.round;
      this.touched.push(v);
    } else if (nd >= this.dist[v]) return;
    this.dist[v] = nd;
    this.prev[v] = e;
    this.heap.push(nd, v);
  }
}

/** A binary min-heap of (key, node) pairs in two parallel arrays. */
class Heap {
  private readonly keys: number[] = [];
  private readonly nodes: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  clear(): void {
    this.keys.length = 0;
    this.nodes.length = 0;
  }

  minKey(): number {
    return this.keys[0];
  }

  push(key: number, node: number): void {
    const { keys, nodes } = this;
    let i = keys.length;
    keys.push(key);
    nodes.push(node);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] <= key) break;
      keys[i] = keys[parent];
      nodes[i] = nodes[parent];
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  /** Removes the entry with the smallest key and returns its node. */
  pop(): number {
    const { keys, nodes } = this;
    const top = nodes[0];
    const lastKey = keys.pop()!;
    const lastNode = nodes.pop()!;
    const n = keys.length;
    if (n === 0) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && keys[child + 1] < keys[child]) child++;
      if (keys[child] >= lastKey) break;
      keys[i] = keys[child];
      nodes[i] = nodes[child];
      i = child;
    }
    keys[i] = lastKey;
    nodes[i] = lastNode;
    return top;
  }
}
