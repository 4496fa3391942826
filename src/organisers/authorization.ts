/** The identity a channel vouches for. Text a user types never enters here. */
export interface Caller {
  id: string;
  aadObjectId?: string;
}

/**
 * Organisers are listed by id in configuration (ORGANISER_IDS) and in the event file. A Teams user matches on
 * the Entra object id, an Emulator or Web Chat user on the channel user id. Ids compare case-insensitively (GUIDs).
 */
export class OrganiserDirectory {
  private readonly ids: Set<string>;

  constructor(...lists: string[][]) {
    this.ids = new Set(lists.flat().map((id) => id.trim().toLowerCase()).filter(Boolean));
  }

  isOrganiser(caller: Caller): boolean {
    return (
      (caller.aadObjectId !== undefined && this.ids.has(caller.aadObjectId.toLowerCase())) ||
      (caller.id !== '' && this.ids.has(caller.id.toLowerCase()))
    );
  }
}
