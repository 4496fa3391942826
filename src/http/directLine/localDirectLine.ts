import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../../log';
import { bearerToken, isLocalRequest, isObject, readJson, sendError } from '../body';

/** A path parameter of the route, as text ('' when absent). */
function param(req: Request, name: string): string {
  const value = (req.params as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}
import { ConversationStore, type Conversation, type WireActivity } from './conversationStore';

/**
 * A small Direct Line 3.0 service inside the bot, for the try-it page in local mode: enough of the API for Web
 * Chat's `createDirectLine` (botframework-directlinejs) with polling, and the Bot Connector routes the bot replies to.
 *
 *   page ──Direct Line 3.0──▶ /v3/directline/…  ──POST /api/messages (channel "webchat")──▶ the bot
 *   page ◀──polling (watermark)── transcript ◀──Bot Connector REST── the bot, to serviceUrl …/_connector
 *
 * The bot is spoken to exactly as a channel would: over HTTP, on its own /api/messages, with a loopback serviceUrl.
 * Its replies — and anything it sends later, outside a user's turn (a waiting-list promotion, an organiser's
 * answer) — arrive on the connector routes at any time, go into the conversation's transcript, and reach the page
 * at its next poll. Polling, not the WebSocket stream: the page is on the same machine, a poll a second costs
 * nothing, and a WebSocket server would be a new dependency for no gain a person could see.
 *
 * Only in local mode (no MicrosoftAppId), only to requests from this machine that name this machine (Host), and the
 * connector routes only for conversations this service started.
 */

/** Path of the Bot Connector routes; the serviceUrl of every activity this service sends the bot. */
export const CONNECTOR_PATH = '/_connector';
export const DIRECT_LINE_PATH = '/v3/directline';
/** The channel the bot sees, as with Azure's Web Chat channel. */
export const CHANNEL_ID = 'webchat';
/** How long the bot may take to answer one forwarded activity. */
const FORWARD_TIMEOUT_MS = 15_000;

const PAGE_ACTIVITY_TYPES = new Set(['message', 'event', 'typing']);
/** What the page may set on an activity; the rest (from, conversation, channel, ids, serviceUrl) this service sets. */
/** An event id as the page may name one (the bot checks that it serves it). */
const EVENT_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;
const PAGE_FIELDS = [
  'text',
  'textFormat',
  'locale',
  'localTimestamp',
  'localTimezone',
  'value',
  'name',
  'attachments',
  'entities',
  'channelData',
];

export interface LocalDirectLineOptions {
  log: Logger;
  /** The bot's account in the conversation (its id is what `recipient.id` says to the bot). */
  bot?: { id: string; name: string };
  store?: ConversationStore;
}

const userIdPattern = /^[A-Za-z0-9_.:@-]{1,128}$/;

/** A user id the page may choose: plain characters, and not `dl_…`, which Direct Line reserves for server-issued ids. */
function acceptableUserId(value: unknown): value is string {
  return typeof value === 'string' && userIdPattern.test(value) && !value.startsWith('dl_');
}

function conversationResponse(store: ConversationStore, conversation: Conversation) {
  return { conversationId: conversation.id, token: conversation.token, expires_in: store.expiresIn };
}

function query(req: Request, name: string): string | undefined {
  return new URL(req.url ?? '/', 'http://localhost').searchParams.get(name) ?? undefined;
}

export function registerLocalDirectLine(server: Server, options: LocalDirectLineOptions): ConversationStore {
  const { log } = options;
  const store = options.store ?? new ConversationStore();
  const bot = { ...(options.bot ?? { id: 'moedebot', name: 'Mødebot' }), role: 'bot' };

  /** This server's own base URL on loopback, from the address it listens on (the port may have been 0). */
  function selfUrl(): string {
    const address = server.address();
    const host =
      address.family === 'IPv6' || address.address.includes(':')
        ? address.address === '::'
          ? '[::1]'
          : `[${address.address}]`
        : address.address === '0.0.0.0'
          ? '127.0.0.1'
          : address.address;
    return `http://${host}:${address.port}`;
  }

  const userAccount = (conversation: Conversation, name?: unknown) => ({
    id: conversation.userId,
    ...(typeof name === 'string' && name.length <= 128 ? { name } : {}),
    role: 'user',
  });

  /** Sends an activity to the bot's /api/messages as the Web Chat channel would; resolves with the bot's status. */
  async function forward(conversation: Conversation, activity: WireActivity): Promise<number> {
    const base = selfUrl();
    const body = {
      ...activity,
      channelId: CHANNEL_ID,
      serviceUrl: `${base}${CONNECTOR_PATH}`,
      recipient: { id: bot.id, name: bot.name, role: 'bot' },
      conversation: { id: conversation.id, conversationType: 'personal', isGroup: false },
    };
    try {
      const response = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(FORWARD_TIMEOUT_MS),
      });
      await response.arrayBuffer();
      if (!response.ok)
        log.warn({ status: response.status, activityType: activity.type }, 'local Direct Line: the bot refused an activity');
      return response.status;
    } catch (error) {
      log.warn({ err: error, activityType: activity.type }, 'local Direct Line: the bot did not answer');
      return 502;
    }
  }

  /** The bot is told the user joined, as Azure's Direct Line does: it answers with its welcome. */
  function announce(conversation: Conversation): void {
    const user = userAccount(conversation);
    void forward(conversation, {
      type: 'conversationUpdate',
      id: randomUUID(),
      timestamp: new Date().toISOString(),
      from: user,
      membersAdded: [{ id: bot.id, name: bot.name }, { id: user.id }],
      ...(conversation.locale ? { locale: conversation.locale } : {}),
      ...(conversation.eventId ? { channelData: { eventId: conversation.eventId } } : {}),
    });
  }

  /** Every route: only this machine, naming this machine. */
  function local(handler: (req: Request, res: Response) => Promise<void>) {
    return async (req: Request, res: Response) => {
      res.header('cache-control', 'no-store');
      if (!isLocalRequest(req)) return sendError(res, 403, 'Forbidden', 'The local Direct Line answers this machine only.');
      await handler(req, res);
    };
  }

  /** The conversation of a Direct Line request, checked against its bearer token; answers 404/403 itself. */
  function authorized(req: Request, res: Response): Conversation | undefined {
    const result = store.authorize(param(req, 'conversationId'), bearerToken(req));
    if (result === 'unknown') sendError(res, 404, 'BadArgument', 'Conversation not found.');
    else if (result === 'forbidden') sendError(res, 403, 'TokenInvalid', 'The token is not valid for this conversation.');
    else return result;
    return undefined;
  }

  // ── Direct Line 3.0, the page's side ──────────────────────────────────────────────────────────────────────────

  /** Generate a token for a conversation not started yet, optionally for a given user (no secret: local mode). */
  server.post(
    `${DIRECT_LINE_PATH}/tokens/generate`,
    local(async (req, res) => {
      const body = await readJson(req, res, { allowEmpty: true });
      if (!body.ok) return;
      const user = isObject(body.body) && isObject(body.body.user) ? body.body.user : undefined;
      if (user?.id !== undefined && !acceptableUserId(user.id))
        return sendError(res, 400, 'BadArgument', 'user.id must be 1–128 plain characters and not start with dl_.');
      const conversation = store.create(typeof user?.id === 'string' ? user.id : `u-${randomUUID()}`);
      const eventId = isObject(body.body) ? body.body.eventId : undefined;
      if (typeof eventId === 'string' && EVENT_ID.test(eventId)) conversation.eventId = eventId;
      res.status(200);
      res.json(conversationResponse(store, conversation));
    }),
  );

  server.post(
    `${DIRECT_LINE_PATH}/tokens/refresh`,
    local(async (req, res) => {
      const conversation = store.byToken(bearerToken(req));
      if (!conversation) return sendError(res, 403, 'TokenExpired', 'The token is not valid.');
      res.status(200);
      res.json(conversationResponse(store, conversation));
    }),
  );

  /**
   * Start a conversation: with a token from tokens/generate, that token's conversation (201 the first time, 200
   * after, as Direct Line does); with no token, a new one for the user the client names in `user.id`.
   */
  server.post(
    `${DIRECT_LINE_PATH}/conversations`,
    local(async (req, res) => {
      const body = await readJson(req, res, { allowEmpty: true });
      if (!body.ok) return;
      const start = isObject(body.body) ? body.body : {};
      const requested = isObject(start.user) ? start.user.id : undefined;
      const locale = typeof start.locale === 'string' && start.locale.length <= 64 ? start.locale : undefined;
      const token = bearerToken(req);
      let conversation: Conversation | undefined;
      if (token && token !== 'undefined') {
        conversation = store.byToken(token);
        if (!conversation) return sendError(res, 403, 'TokenInvalid', 'The token is not valid.');
      } else {
        if (requested !== undefined && requested !== null && !acceptableUserId(requested)) {
          return sendError(res, 400, 'BadArgument', 'user.id must be 1–128 plain characters and not start with dl_.');
        }
        conversation = store.create(acceptableUserId(requested) ? requested : `u-${randomUUID()}`);
      }
      const isNew = !conversation.started;
      if (isNew) {
        conversation.started = true;
        conversation.locale = locale ?? conversation.locale;
        announce(conversation);
      }
      res.status(isNew ? 201 : 200);
      res.json(conversationResponse(store, conversation));
    }),
  );

  /** Reconnect (directlinejs calls it when given a conversationId): a fresh view of the same conversation. */
  server.get(
    `${DIRECT_LINE_PATH}/conversations/:conversationId`,
    local(async (req, res) => {
      const conversation = authorized(req, res);
      if (!conversation) return;
      res.status(200);
      res.json(conversationResponse(store, conversation));
    }),
  );

  /** The page sends an activity: it is kept in the transcript (the page sees its own message come back) and sent to the bot. */
  server.post(
    `${DIRECT_LINE_PATH}/conversations/:conversationId/activities`,
    local(async (req, res) => {
      const conversation = authorized(req, res);
      if (!conversation) return;
      const body = await readJson(req, res);
      if (!body.ok) return;
      const sent = body.body;
      if (!isObject(sent) || typeof sent.type !== 'string' || !PAGE_ACTIVITY_TYPES.has(sent.type)) {
        return sendError(res, 400, 'BadArgument', 'The body must be an activity of type message, event or typing.');
      }
      if (sent.channelData !== undefined && sent.channelData !== null && !isObject(sent.channelData)) {
        return sendError(res, 400, 'BadArgument', 'channelData must be an object.');
      }
      const activity: WireActivity = { type: sent.type };
      for (const field of PAGE_FIELDS) if (sent[field] !== undefined && sent[field] !== null) activity[field] = sent[field];
      const from = userAccount(conversation, isObject(sent.from) ? sent.from.name : undefined);
      const echo = { ...activity, from, conversation: { id: conversation.id }, channelId: CHANNEL_ID, timestamp: new Date().toISOString() };
      const id = store.append(conversation, echo);
      const status = await forward(conversation, { ...echo, id });
      if (status >= 400 && status < 500) return sendError(res, 400, 'BadArgument', 'The bot refused the activity.');
      if (status >= 500) return sendError(res, 502, 'BotError', 'The bot did not answer.');
      res.status(200);
      res.json({ id });
    }),
  );

  /** Polling: what happened after the watermark, and the new watermark. */
  server.get(
    `${DIRECT_LINE_PATH}/conversations/:conversationId/activities`,
    local(async (req, res) => {
      const conversation = authorized(req, res);
      if (!conversation) return;
      res.status(200);
      res.json(store.since(conversation, query(req, 'watermark')));
    }),
  );

  // ── Bot Connector REST, the bot's side (serviceUrl = <this server>/_connector) ─────────────────────────────────

  /** A conversation this service started, or 404: the connector routes serve nothing else. */
  function known(req: Request, res: Response): Conversation | undefined {
    const conversation = store.get(param(req, 'conversationId'));
    if (!conversation) sendError(res, 404, 'ConversationNotFound', 'Conversation not found.');
    return conversation;
  }

  /** An activity from the bot, as the page will see it. */
  function fromBot(conversation: Conversation, sent: Record<string, unknown>, replyToId?: string): WireActivity {
    const { serviceUrl: _serviceUrl, id: _id, ...rest } = sent;
    void _serviceUrl;
    void _id;
    return {
      ...rest,
      from: isObject(sent.from) && typeof sent.from.id === 'string' ? { ...sent.from, role: 'bot' } : bot,
      recipient: userAccount(conversation),
      conversation: { id: conversation.id },
      channelId: CHANNEL_ID,
      timestamp: new Date().toISOString(),
      ...(replyToId ? { replyToId } : {}),
    };
  }

  async function botActivity(req: Request, res: Response): Promise<WireActivity | undefined> {
    const body = await readJson(req, res);
    if (!body.ok) return undefined;
    if (!isObject(body.body) || typeof body.body.type !== 'string' || body.body.type.length > 64) {
      sendError(res, 400, 'BadArgument', 'The body must be an activity.');
      return undefined;
    }
    return body.body;
  }

  const send = (replyTo: boolean) =>
    local(async (req, res) => {
      const conversation = known(req, res);
      if (!conversation) return;
      const sent = await botActivity(req, res);
      if (!sent) return;
      const replyToId = replyTo ? param(req, 'activityId') : typeof sent.replyToId === 'string' ? sent.replyToId : undefined;
      const id = store.append(conversation, fromBot(conversation, sent, replyToId));
      res.status(200);
      res.json({ id });
    });
  server.post(`${CONNECTOR_PATH}/v3/conversations/:conversationId/activities`, send(false));
  server.post(`${CONNECTOR_PATH}/v3/conversations/:conversationId/activities/:activityId`, send(true));

  server.put(
    `${CONNECTOR_PATH}/v3/conversations/:conversationId/activities/:activityId`,
    local(async (req, res) => {
      const conversation = known(req, res);
      if (!conversation) return;
      const sent = await botActivity(req, res);
      if (!sent) return;
      const activityId = param(req, 'activityId');
      if (!store.replace(conversation, activityId, fromBot(conversation, sent)))
        return sendError(res, 404, 'ActivityNotFound', 'Activity not found.');
      res.status(200);
      res.json({ id: activityId });
    }),
  );

  server.del(
    `${CONNECTOR_PATH}/v3/conversations/:conversationId/activities/:activityId`,
    local(async (req, res) => {
      const conversation = known(req, res);
      if (!conversation) return;
      if (!store.remove(conversation, param(req, 'activityId'))) return sendError(res, 404, 'ActivityNotFound', 'Activity not found.');
      res.status(200);
      res.end();
    }),
  );

  /**
   * A bot that opens a 1:1 conversation with a user (proactive messages, CloudAdapter.createConversationAsync): a
   * Web Chat page shows one conversation, which already is the 1:1 chat with its user, so the answer is that
   * user's open conversation. A user with no open page cannot be reached: 404.
   */
  server.post(
    `${CONNECTOR_PATH}/v3/conversations`,
    local(async (req, res) => {
      const body = await readJson(req, res);
      if (!body.ok) return;
      const parameters = isObject(body.body) ? body.body : {};
      const members = Array.isArray(parameters.members) ? parameters.members : [];
      const member = members.length === 1 && isObject(members[0]) && typeof members[0].id === 'string' ? members[0].id : undefined;
      const conversation = member ? store.latestOf(member) : undefined;
      if (!conversation) return sendError(res, 404, 'ConversationNotFound', 'The user has no open Web Chat conversation.');
      let activityId: string | undefined;
      if (isObject(parameters.activity) && typeof parameters.activity.type === 'string') {
        activityId = store.append(conversation, fromBot(conversation, parameters.activity));
      }
      res.status(200);
      res.json({ id: conversation.id, serviceUrl: `${selfUrl()}${CONNECTOR_PATH}`, ...(activityId ? { activityId } : {}) });
    }),
  );

  server.get(
    `${CONNECTOR_PATH}/v3/conversations/:conversationId/members`,
    local(async (req, res) => {
      const conversation = known(req, res);
      if (!conversation) return;
      res.status(200);
      res.json([userAccount(conversation), bot]);
    }),
  );

  server.get(
    `${CONNECTOR_PATH}/v3/conversations/:conversationId/members/:memberId`,
    local(async (req, res) => {
      const conversation = known(req, res);
      if (!conversation) return;
      const memberId = param(req, 'memberId');
      if (memberId === conversation.userId) {
        res.status(200);
        res.json(userAccount(conversation));
      } else if (memberId === bot.id) {
        res.status(200);
        res.json(bot);
      } else sendError(res, 404, 'MemberNotFoundInConversation', 'The member was not found.');
    }),
  );

  return store;
}
