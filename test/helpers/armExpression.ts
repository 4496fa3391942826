import { createHash } from 'node:crypto';

/**
 * A small evaluator of ARM template expressions ("[if(...)]"), enough to ask the generated templates what a
 * deployment would do with given parameters: which app settings the site gets, which resources are deployed,
 * whether the template stops itself with fail(). It knows the functions the templates use and throws on any other,
 * so a test never passes by skipping what it cannot read. Runtime values (reference(), listKeys()) come back as
 * recognisable placeholders, e.g. reference(id).clientId is "clientId<id>".
 */

type Template = {
  parameters: Record<string, { defaultValue?: unknown }>;
  variables?: Record<string, unknown>;
  resources: Array<{ type: string; name: string; scope?: string; condition?: unknown }>;
};

/** A fail() the template reached: ARM stops the deployment with this message. */
export class ArmFail extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArmFail';
  }
}

type Node =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'property'; target: Node; name: string }
  | { kind: 'index'; target: Node; index: Node };

function parse(source: string): Node {
  let at = 0;
  const space = () => {
    while (/\s/.test(source[at] ?? '')) at++;
  };
  const expect = (char: string) => {
    space();
    if (source[at] !== char) throw new Error(`expected ${char} at ${at} in ${source}`);
    at++;
  };
  const primary = (): Node => {
    space();
    if (source[at] === "'") {
      let value = '';
      at++;
      for (;;) {
        if (at >= source.length) throw new Error(`unterminated string in ${source}`);
        if (source[at] === "'") {
          if (source[at + 1] === "'") {
            value += "'";
            at += 2;
            continue;
          }
          at++;
          return { kind: 'string', value };
        }
        value += source[at++];
      }
    }
    const number = /^-?\d+/.exec(source.slice(at));
    if (number) {
      at += number[0].length;
      return { kind: 'number', value: Number(number[0]) };
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(at))?.[0];
    if (!name) throw new Error(`unexpected ${source[at]} at ${at} in ${source}`);
    at += name.length;
    expect('(');
    const args: Node[] = [];
    space();
    if (source[at] === ')') at++;
    else {
      for (;;) {
        args.push(expression());
        space();
        if (source[at] === ',') {
          at++;
          continue;
        }
        expect(')');
        break;
      }
    }
    return { kind: 'call', name: name.toLowerCase(), args };
  };
  const expression = (): Node => {
    let node = primary();
    for (;;) {
      space();
      if (source[at] === '.') {
        at++;
        const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(at))?.[0];
        if (!name) throw new Error(`expected a property name at ${at} in ${source}`);
        at += name.length;
        node = { kind: 'property', target: node, name };
      } else if (source[at] === '[') {
        at++;
        const index = expression();
        expect(']');
        node = { kind: 'index', target: node, index };
      } else return node;
    }
  };
  const node = expression();
  space();
  if (at !== source.length) throw new Error(`unexpected ${source.slice(at)} in ${source}`);
  return node;
}

/** Stands in for a runtime object: every property is "<name><of what>". */
const placeholder = (of: string): Record<string, string> =>
  new Proxy({}, { get: (_target, property) => (typeof property === 'string' ? `${property}<${of}>` : undefined) });

function resourceId(prefix: string, type: string, names: string[]): string {
  const [namespace, ...types] = type.split('/');
  if (types.length !== names.length) throw new Error(`resourceId(${type}) needs ${types.length} name(s), got ${names.length}`);
  return `${prefix}/providers/${namespace}/${types.map((t, i) => `${t}/${names[i]}`).join('/')}`;
}

export const SUBSCRIPTION = '/subscriptions/sub';
export const RESOURCE_GROUP = `${SUBSCRIPTION}/resourceGroups/rg`;

export class ArmContext {
  private readonly variableValues = new Map<string, unknown>();

  constructor(
    private readonly template: Template,
    private readonly parameterValues: Record<string, unknown>,
  ) {}

  /** Evaluates a template value: expressions in strings ("[...]"), recursively through arrays and objects. */
  evaluate(value: unknown): unknown {
    if (typeof value === 'string') {
      if (value.startsWith('[[')) return value.slice(1);
      if (value.startsWith('[') && value.endsWith(']')) return this.run(parse(value.slice(1, -1)));
      return value;
    }
    if (Array.isArray(value)) return value.map((item) => this.evaluate(item));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.evaluate(v)]));
    return value;
  }

  /** What ARM works out before it creates anything: every variable and every resource's condition. */
  preflight(): boolean[] {
    for (const name of Object.keys(this.template.variables ?? {})) this.variable(name);
    return this.template.resources.map((resource) =>
      resource.condition === undefined ? true : this.evaluate(resource.condition) === true,
    );
  }

  /** The resource id ARM gives a resource of the template (extension resources hang below their scope). */
  idOf(resource: Template['resources'][number]): string {
    const names = (this.evaluate(resource.name) as string).split('/');
    if (resource.scope === undefined) return resourceId(RESOURCE_GROUP, resource.type, names);
    const scope = this.evaluate(resource.scope) as string;
    return resourceId(scope.startsWith('/') ? scope : `${RESOURCE_GROUP}/providers/${scope}`, resource.type, names);
  }

  private parameter(name: string): unknown {
    if (name in this.parameterValues) return this.parameterValues[name];
    const definition = this.template.parameters[name];
    if (!definition) throw new Error(`parameter ${name} is not declared`);
    if (definition.defaultValue === undefined) throw new Error(`parameter ${name} has no value and no default`);
    return this.evaluate(definition.defaultValue);
  }

  private variable(name: string): unknown {
    if (!this.variableValues.has(name)) {
      if (!(name in (this.template.variables ?? {}))) throw new Error(`variable ${name} is not declared`);
      this.variableValues.set(name, this.evaluate(this.template.variables![name]));
    }
    return this.variableValues.get(name);
  }

  private run(node: Node): unknown {
    switch (node.kind) {
      case 'string':
      case 'number':
        return node.value;
      case 'property': {
        const target = this.run(node.target) as Record<string, unknown> | null;
        if (target === null || typeof target !== 'object') throw new Error(`.${node.name} of ${String(target)}`);
        return target[node.name];
      }
      case 'index': {
        const target = this.run(node.target) as Record<string | number, unknown>;
        const index = this.run(node.index) as string | number;
        if (Array.isArray(target) && (typeof index !== 'number' || index < 0 || index >= target.length)) {
          throw new Error(`index ${String(index)} out of range`);
        }
        return target[index];
      }
      case 'call':
        return this.call(node.name, node.args);
    }
  }

  private call(name: string, args: Node[]): unknown {
    const value = (i: number) => this.run(args[i]!);
    const values = () => args.map((arg) => this.run(arg));
    const text = (i: number) => {
      const v = value(i);
      if (typeof v !== 'string') throw new Error(`${name}: argument ${i} is not a string`);
      return v;
    };
    switch (name) {
      case 'parameters':
        return this.parameter(text(0));
      case 'variables':
        return this.variable(text(0));
      case 'if': // ARM evaluates only the branch it takes.
        return value(0) === true ? value(1) : value(2);
      case 'fail':
        throw new ArmFail(text(0));
      case 'true':
        return true;
      case 'false':
        return false;
      case 'null':
        return null;
      case 'not':
        return value(0) !== true;
      case 'and':
        return values().every((v) => v === true);
      case 'or':
        return values().some((v) => v === true);
      case 'equals':
        return JSON.stringify(value(0)) === JSON.stringify(value(1));
      case 'empty': {
        const v = value(0);
        return v === null || v === '' || (Array.isArray(v) ? v.length === 0 : typeof v === 'object' && Object.keys(v).length === 0);
      }
      case 'trim':
        return text(0).trim();
      case 'tolower':
        return text(0).toLowerCase();
      case 'string': {
        const v = value(0);
        return typeof v === 'string' ? v : JSON.stringify(v);
      }
      case 'mul':
        return (value(0) as number) * (value(1) as number);
      case 'format': {
        const [format, ...rest] = values() as [string, ...unknown[]];
        return format.replace(/\{(\d+)\}/g, (_, i: string) => String(rest[Number(i)]));
      }
      case 'concat': {
        const parts = values();
        return parts.every(Array.isArray) ? parts.flat() : parts.map(String).join('');
      }
      case 'createarray':
        return values();
      case 'createobject': {
        const parts = values();
        return Object.fromEntries(Array.from({ length: parts.length / 2 }, (_, i) => [parts[2 * i] as string, parts[2 * i + 1]]));
      }
      case 'json': {
        const v = text(0);
        return v === 'null' ? null : JSON.parse(v);
      }
      case 'resourceid':
        return resourceId(
          RESOURCE_GROUP,
          text(0),
          args.slice(1).map((_, i) => text(i + 1)),
        );
      case 'subscriptionresourceid':
        return resourceId(
          SUBSCRIPTION,
          text(0),
          args.slice(1).map((_, i) => text(i + 1)),
        );
      case 'extensionresourceid':
        return resourceId(
          text(0),
          text(1),
          args.slice(2).map((_, i) => text(i + 2)),
        );
      case 'guid': {
        const hex = createHash('sha256').update(values().join('|')).digest('hex');
        return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
      }
      case 'reference':
        return placeholder(text(0));
      case 'listkeys':
        return placeholder(`listKeys ${text(0)}`);
      case 'subscription':
        return { id: SUBSCRIPTION, subscriptionId: 'sub', tenantId: 'tenant-of-subscription' };
      case 'resourcegroup':
        return { id: RESOURCE_GROUP, name: 'rg', location: 'location-of-rg' };
      default:
        throw new Error(`the test evaluator does not know the ARM function ${name}()`);
    }
  }
}
