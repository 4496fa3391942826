/**
 * Who someone is, as a channel vouches for it. Text a user types never enters here.
 *
 * - `aad`: a Microsoft Entra object id. Only Teams (the `msteams` channel of an authenticated request) vouches for
 *   one; anywhere else `aadObjectId` is whatever the client sent.
 * - `channel`: a channel's own user id (Emulator, Web Chat, Teams without a trusted Entra id). Direct Line lets a
 *   Web Chat client pick its user id unless enhanced authentication is on.
 */
export type Identity = { kind: 'aad'; objectId: string } | { kind: 'channel'; channelId: string; userId: string };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isGuid = (value: string): boolean => GUID.test(value);

/** An Entra identity; object ids are GUIDs, written lower-case so that one id has one spelling. */
export function aadIdentity(objectId: string): Identity {
  return { kind: 'aad', objectId: objectId.toLowerCase() };
}

export function channelIdentity(channelId: string, userId: string): Identity {
  return { kind: 'channel', channelId, userId };
}

/**
 * The key registrations and state are stored under: an unambiguous encoding of the identity, so that no user id
 * of one channel can spell the key of another channel or of an Entra id.
 */
export function personKeyOf(identity: Identity): string {
  return identity.kind === 'aad'
    ? JSON.stringify(['aad', identity.objectId])
    : JSON.stringify(['channel', identity.channelId, identity.userId]);
}

/** For audit lines: the identity's own id with its kind, never a name. */
export function auditIdOf(identity: Identity): string {
  return identity.kind === 'aad' ? `aad:${identity.objectId}` : `${identity.channelId}:${identity.userId}`;
}

export function sameIdentity(a: Identity, b: Identity): boolean {
  return personKeyOf(a) === personKeyOf(b);
}

/**
 * One entry of an organiser list: `aad:<Entra object id>`, `<channel>:<user id>` (e.g. `emulator:alice`,
 * `webchat:dl_123`, `msteams:29:1abc…`), or a bare GUID, read as an Entra object id. Anything else is refused, so a
 * bare "alice" can never match a Web Chat user who chose that id. Returns undefined for an invalid entry.
 */
export function parseIdentitySpec(spec: string): Identity | undefined {
  const text = spec.trim();
  if (isGuid(text)) return aadIdentity(text);
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) return undefined;
  const kind = text.slice(0, colon);
  const id = text.slice(colon + 1);
  if (kind === 'aad') return isGuid(id) ? aadIdentity(id) : undefined;
  if (!/^[a-z][a-z0-9-]{1,31}$/.test(kind)) return undefined;
  return channelIdentity(kind, id);
}

/** A set of identities compared exactly (Entra ids in their one lower-case spelling). */
export class IdentitySet {
  private readonly keys: Set<string>;

  constructor(identities: Iterable<Identity>) {
    this.keys = new Set([...identities].map(personKeyOf));
  }

  has(identity: Identity): boolean {
    return this.keys.has(personKeyOf(identity));
  }

  get size(): number {
    return this.keys.size;
  }
}
