import type { Activity } from 'botbuilder';
import { z } from 'zod';

/**
 * The boundary check for POST /api/messages: every field the bot or botbuilder reads must have the type the Bot
 * Framework protocol gives it. A body that fails is answered 400 and never reaches the adapter, so no malformed
 * activity can surface as a turn error (or a 500) deep inside a dialog. Unknown fields pass through untouched:
 * channels add their own. Optional fields may be null, as some channels serialise them.
 */
const shortText = z.string().max(1024);
/** The most of an activity's text anything in the bot ever looks at. */
export const MAX_INBOUND_TEXT = 16_384;
const account = z.looseObject({
  id: z.string().min(1).max(1024),
  name: shortText.nullish(),
  aadObjectId: shortText.nullish(),
  role: shortText.nullish(),
});
const objectList = z.array(z.looseObject({})).max(256);
/** botbuilder reads every entity's type, and a mention's `mentioned.id` (TurnContext.getMentions). */
const entity = z
  .looseObject({ type: z.string().max(256), mentioned: account.optional(), text: z.string().max(4096).optional() })
  .refine((value) => value.type.toLowerCase() !== 'mention' || value.mentioned !== undefined, { message: 'mention without mentioned' });

const inboundActivity = z.looseObject({
  type: z.string().min(1).max(64),
  id: shortText.nullish(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
  from: account,
  recipient: account,
  conversation: z.looseObject({
    id: z.string().min(1).max(1024),
    conversationType: shortText.nullish(),
    tenantId: shortText.nullish(),
    isGroup: z.boolean().nullish(),
    name: shortText.nullish(),
  }),
  /** Teams allows about 28 KB per message; the bot reads far less, so longer text is cut here, before any pattern. */
  text: z
    .string()
    .nullish()
    .transform((value) => (typeof value === 'string' ? value.slice(0, MAX_INBOUND_TEXT) : value)),
  textFormat: shortText.nullish(),
  locale: z.string().max(64).nullish(),
  name: shortText.nullish(),
  action: shortText.nullish(),
  replyToId: shortText.nullish(),
  deliveryMode: z.string().max(64).nullish(),
  timestamp: z.string().max(64).nullish(),
  localTimestamp: z.string().max(64).nullish(),
  expiration: z.string().max(64).nullish(),
  entities: z.array(entity).max(256).nullish(),
  attachments: objectList.nullish(),
  membersAdded: z.array(account).max(1024).nullish(),
  membersRemoved: z.array(account).max(1024).nullish(),
  reactionsAdded: objectList.nullish(),
  reactionsRemoved: objectList.nullish(),
  channelData: z.looseObject({}).nullish(),
});

/**
 * Where botbuilder's Teams and invoke handlers dereference fields without checking, the protocol guarantees them:
 * Teams always sends channelData (its edit/delete notices are told apart by it); card actions and file consent
 * answers always carry an object value.
 */
const OBJECT_VALUE_INVOKES = new Set([
  'fileConsent/invoke',
  'adaptiveCard/action',
  'task/fetch',
  'task/submit',
  'composeExtension/submitAction',
]);
const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

const protocolActivity = inboundActivity.superRefine((activity, context) => {
  if (
    activity.channelId === 'msteams' &&
    (activity.type === 'messageUpdate' || activity.type === 'messageDelete') &&
    !isObject(activity.channelData)
  ) {
    context.addIssue({ code: 'custom', path: ['channelData'], message: 'Teams activities carry channelData' });
  }
  if (activity.type === 'invoke' && OBJECT_VALUE_INVOKES.has(activity.name ?? '')) {
    const value = (activity as { value?: unknown }).value;
    if (!isObject(value)) context.addIssue({ code: 'custom', path: ['value'], message: 'this invoke carries an object value' });
    else if (activity.name === 'adaptiveCard/action' && !isObject((value as { action?: unknown }).action)) {
      context.addIssue({ code: 'custom', path: ['value', 'action'], message: 'a card action carries an action object' });
    }
  }
});

export type InboundResult = { ok: true; activity: Activity } | { ok: false; problem: string };

/** Validates a parsed JSON body as an activity; on failure names the first bad field (no values: they may be personal). */
export function parseInboundActivity(body: unknown): InboundResult {
  const parsed = protocolActivity.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'body';
    return {
      ok: false,
      problem: `${where}: ${issue?.code === 'invalid_type' ? `expected ${(issue as { expected?: string }).expected}` : 'invalid'}`,
    };
  }
  const activity = withoutNulls(parsed.data) as unknown as Activity & Record<string, unknown>;
  for (const part of ['from', 'recipient', 'conversation'] as const) withoutNulls(activity[part] as unknown as Record<string, unknown>);
  // What botbuilder's own validator does: keep the raw strings, give the handlers Date objects.
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return { ok: true, activity };
}

/** botbuilder checks optional fields with `!== undefined`; a channel's explicit null means the same as absent. */
function withoutNulls<T extends Record<string, unknown>>(value: T): T {
  for (const key of Object.keys(value)) if (value[key] === null) delete value[key];
  return value;
}
