import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { identityOf } from '../src/bot/identityOf';
import { aadIdentity, auditIdOf, channelIdentity, parseIdentitySpec, personKeyOf } from '../src/identity';
import { OrganiserDirectory } from '../src/organisers/authorization';

const OID = '9a1b2c3d-0000-4000-8000-000000000001';
const TENANT = '72f988bf-0000-4000-8000-000000000047';

describe('identities: what a channel vouches for', () => {
  it('when Teams sends an Entra object id, then it is the identity; anywhere else the channel user id is', () => {
    assert.deepEqual(identityOf({ channelId: 'msteams', from: { id: '29:1abc', name: 'A', aadObjectId: OID } }), aadIdentity(OID));
    for (const channelId of ['webchat', 'directline', 'emulator', 'test']) {
      assert.deepEqual(
        identityOf({ channelId, from: { id: 'dl_1', name: 'A', aadObjectId: OID } }),
        channelIdentity(channelId, 'dl_1'),
        channelId,
      );
    }
  });

  it("when a tenant is configured, then only that tenant's Entra ids count", () => {
    const activity = (tenantId: string) => ({
      channelId: 'msteams',
      from: { id: '29:1abc', name: 'A', aadObjectId: OID },
      conversation: { id: 'c', tenantId, isGroup: false, name: '', conversationType: 'personal' },
    });
    assert.deepEqual(identityOf(activity(TENANT), TENANT), aadIdentity(OID));
    assert.deepEqual(identityOf(activity('0e0e0e0e-0000-4000-8000-00000000000e'), TENANT), channelIdentity('msteams', '29:1abc'));
  });

  it('person keys never collide across kinds, whatever a channel user id spells', () => {
    const keys = [
      personKeyOf(aadIdentity(OID)),
      personKeyOf(channelIdentity('aad', OID)),
      personKeyOf(channelIdentity('webchat', `aad:${OID}`)),
      personKeyOf(channelIdentity('web', 'chat:x')),
      personKeyOf(channelIdentity('webchat', 'x')),
    ];
    assert.equal(new Set(keys).size, keys.length);
  });

  it('organiser entries compare exactly, in their own kind', () => {
    const organisers = new OrganiserDirectory(
      ['aad:' + OID.toUpperCase(), 'webchat:org-1', 'emulator:local-user'].map((spec) => parseIdentitySpec(spec)!),
    );
    assert.equal(organisers.isOrganiser(aadIdentity(OID)), true);
    // The Entra id typed as a Web Chat user id is not the Entra user.
    assert.equal(organisers.isOrganiser(identityOf({ channelId: 'webchat', from: { id: OID, name: 'x', aadObjectId: OID } })), false);
    assert.equal(organisers.isOrganiser(channelIdentity('webchat', 'org-1')), true);
    assert.equal(organisers.isOrganiser(channelIdentity('webchat', 'ORG-1')), false);
    assert.equal(organisers.isOrganiser(channelIdentity('emulator', 'org-1')), false);
    assert.equal(organisers.isOrganiser(channelIdentity('webchat', 'local-user')), false);
  });

  it('an organiser list entry without a kind (other than a GUID) is refused', () => {
    assert.equal(parseIdentitySpec('local-user'), undefined);
    assert.equal(parseIdentitySpec('aad:someone'), undefined);
    assert.equal(parseIdentitySpec(':x'), undefined);
    assert.deepEqual(parseIdentitySpec(OID), aadIdentity(OID));
    assert.deepEqual(parseIdentitySpec('msteams:29:1abc'), channelIdentity('msteams', '29:1abc'));
  });

  it('an audit line names who acted in the very form an organiser is configured by', () => {
    for (const identity of [aadIdentity(OID), channelIdentity('webchat', 'dl_1'), channelIdentity('msteams', '29:1abc')]) {
      assert.deepEqual(parseIdentitySpec(auditIdOf(identity)), identity);
    }
    assert.equal(auditIdOf(aadIdentity(OID)), `aad:${OID}`);
  });
});
