import { IdentitySet, type Identity } from '../identity';

/**
 * Organisers are listed by identity in configuration (ORGANISER_IDS) and in the event file — never by anything a
 * user types. An identity matches only in its own kind: an Entra object id only as vouched for by Teams, a Web Chat
 * or Emulator user only by that channel's user id.
 */
export class OrganiserDirectory {
  private readonly ids: IdentitySet;

  constructor(...lists: Identity[][]) {
    this.ids = new IdentitySet(lists.flat());
  }

  isOrganiser(identity: Identity): boolean {
    return this.ids.has(identity);
  }
}
