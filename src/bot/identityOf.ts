import type { Activity } from 'botbuilder';
import { aadIdentity, channelIdentity, isGuid, type Identity } from '../identity';

/** The tenant a Teams activity comes from, where Teams puts it. */
function tenantOf(activity: Partial<Activity>): string | undefined {
  return activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
}

/**
 * Who wrote an activity. The Entra object id counts only on the Teams channel — and, when a tenant is configured,
 * only from that tenant; everywhere else the channel's own user id is the identity.
 */
export function identityOf(activity: Partial<Activity>, trustedTenantId?: string): Identity {
  const aadObjectId = activity.from?.aadObjectId;
  if (activity.channelId === 'msteams' && aadObjectId && isGuid(aadObjectId)) {
    const tenant = tenantOf(activity);
    if (!trustedTenantId || tenant?.toLowerCase() === trustedTenantId.toLowerCase()) return aadIdentity(aadObjectId);
  }
  return channelIdentity(activity.channelId ?? '', activity.from?.id ?? '');
}
