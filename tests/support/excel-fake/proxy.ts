import type { FakeContextCore } from "./context";
import { fail } from "./errors";

export type LoadSpec = string | string[] | { select?: string } | undefined;

export function loadPaths(spec: LoadSpec): string[][] {
  let text: string[];
  if (spec === undefined) text = [];
  else if (typeof spec === "string") text = spec.split(",");
  else if (Array.isArray(spec)) text = spec;
  else text = (spec.select ?? "").split(",");
  return text.map((s) => s.trim()).filter(Boolean).map((s) => s.split("/"));
}

function notLoaded(prop: string): never {
  fail(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/**
 * A proxy object as Office.js hands them out. Objects made by a method (getRange, getItem, add)
 * are resolved by a queued operation, in order, at sync; navigation properties (format, worksheet)
 * are views that resolve through their parent; collection items come back bound to their model.
 * Reading a property is only possible after load + sync; writes are queued.
 */
export abstract class FakeObject<M> {
  readonly _id: number;
  private _stored: M | null | undefined = undefined;
  private readonly _createdAt: number;
  private readonly _loaded = new Map<string, unknown>();
  private readonly _view?: () => M | null;
  private readonly _children = new Map<string, unknown>();

  constructor(
    readonly _ctx: FakeContextCore,
    how: { method: string; args?: unknown; resolve: () => M | null } | { view: () => M | null },
  ) {
    this._id = _ctx.objectId();
    this._createdAt = _ctx.completedSyncs;
    if ("view" in how) {
      this._view = how.view;
    } else {
      _ctx.enqueue({ target: this._id, action: "create", name: how.method, args: how.args ?? null, run: () => { this._stored = how.resolve(); } });
    }
  }

  /** The model, or null for a null object; throws when used before its creating operation ran. */
  _model(): M | null {
    if (this._view) return this._view();
    if (this._stored === undefined) fail("InvalidObjectPath", "The object was used before it was created (outside its request context?)");
    return this._stored;
  }

  _require(): M {
    const m = this._model();
    if (m === null) fail("ItemNotFound", "The requested resource doesn't exist (null object).");
    return m;
  }

  /** Navigation properties return the same object each time (its loaded values live on it). */
  protected _child<T>(key: string, make: () => T): T {
    if (!this._children.has(key)) this._children.set(key, make());
    return this._children.get(key) as T;
  }

  get isNullObject(): boolean {
    if (this._ctx.completedSyncs <= this._createdAt) notLoaded("isNullObject");
    return this._model() === null;
  }

  protected _get<T>(prop: string): T {
    if (!this._loaded.has(prop)) notLoaded(prop);
    return this._loaded.get(prop) as T;
  }

  protected _set(prop: string, value: unknown, apply: (m: M) => void): void {
    this._ctx.enqueue({ target: this._id, action: "set", name: prop, args: value, run: () => apply(this._require()) });
  }

  protected _call(name: string, args: unknown, apply: (m: M) => void): void {
    this._ctx.enqueue({ target: this._id, action: "call", name, args, run: () => apply(this._require()) });
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this._ctx.enqueue({
      target: this._id,
      action: "load",
      name: paths.map((p) => p.join("/")).join(","),
      args: null,
      run: () => this._snapshot(paths),
      deliver: (snap) => this._deliver(snap as Record<string, unknown>),
    });
    return this;
  }

  /** Scalar properties a bare load() brings. */
  protected abstract _scalars(): readonly string[];
  /** The value of one scalar property, read at sync time. */
  protected abstract _read(prop: string, model: M): unknown;
  /** Navigation properties (objects reached by a property, not a method). */
  protected _nav(_prop: string): FakeObject<unknown> | undefined {
    return undefined;
  }

  _snapshot(paths: string[][]): Record<string, unknown> {
    const model = this._model();
    const wanted = paths.length ? paths : this._scalars().map((s) => [s]);
    const out: Record<string, unknown> = {};
    const nested = new Map<string, string[][]>();
    for (const path of wanted) {
      const [head, ...rest] = path;
      if (rest.length || this._nav(head)) nested.set(head, [...(nested.get(head) ?? []), ...(rest.length ? [rest] : [])]);
      else if (model === null) out[head] = null;
      else if (this._scalars().includes(head)) out[head] = this._read(head, model);
      else fail("InvalidArgument", `Cannot load '${head}' on ${this.constructor.name}`);
    }
    for (const [head, rest] of nested) {
      const child = this._nav(head);
      if (!child) fail("InvalidArgument", `'${head}' is not a navigation property of ${this.constructor.name}`);
      out[head] = child._snapshot(rest);
    }
    return out;
  }

  _deliver(snap: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(snap)) {
      const child = this._nav(key);
      if (child) child._deliver(value as Record<string, unknown>);
      else this._loaded.set(key, value);
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

/** A collection: load("items/name") or load("name") brings its items, each bound to its model. */
export abstract class FakeCollection<M, I extends FakeObject<unknown>> extends FakeObject<M[]> {
  private _items?: I[];

  protected abstract _bind(model: M): I;

  protected _scalars(): readonly string[] {
    return [];
  }

  protected _read(): unknown {
    return undefined;
  }

  get items(): I[] {
    if (!this._items) return this._get<I[]>("items");
    return this._items;
  }

  override _snapshot(paths: string[][]): Record<string, unknown> {
    const models = this._model() ?? [];
    const itemPaths = paths.map((p) => (p[0] === "items" ? p.slice(1) : p)).filter((p) => p.length);
    const out = { items: models.map((m) => this._bind(m)._snapshot(itemPaths)) };
    // The models ride along invisibly: they are not part of the response Excel would send.
    Object.defineProperty(out, "models", { value: models, enumerable: false });
    return out;
  }

  override _deliver(snap: Record<string, unknown>): void {
    const models = (snap as { models?: M[] }).models ?? [];
    const items = snap.items as Record<string, unknown>[];
    this._items = models.map((m, i) => {
      const item = this._bind(m);
      item._deliver(items[i]);
      return item;
    });
  }
}
