import path from 'node:path';
import { z } from 'zod';
import { parseIdentitySpec, type Identity } from './identity';
import { projectRoot } from './paths';

/** Where the bundled invitations live; the default for EVENTS_DIR. */
export const BUNDLED_EVENTS_DIR = path.join(projectRoot, 'events');

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/**
 * Every environment variable the bot reads, each documented beside its name.
 * `.env.example` lists the same keys; a test keeps the two in step.
 */
export const configSchema = z.object({
  /** TCP port of the HTTP server. Azure App Service sets it. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /**
   * Address to listen on. Default: all interfaces when requests are authenticated, 127.0.0.1 (this machine only)
   * in unauthenticated local mode.
   */
  HOST: optionalText,
  /**
   * "true" runs the bot without checking Bot Framework tokens (Emulator, Agents Playground, `npm run chat`), which
   * only an explicit choice may do: `npm start` passes it for a local run. Then the bot listens on 127.0.0.1 and
   * answers only activities whose serviceUrl is on this machine. Refused inside Azure App Service.
   */
  ALLOW_UNAUTHENTICATED: z
    .enum(['true', 'false', ''])
    .default('')
    .transform((value) => value === 'true'),
  /** Set by Azure App Service on every web app; its presence forbids unauthenticated mode. */
  WEBSITE_SITE_NAME: optionalText,
  /** Entra app (client) id of the Azure Bot. Required unless ALLOW_UNAUTHENTICATED is chosen for a local run. */
  MicrosoftAppId: z.string().trim().default(''),
  /**
   * Client secret of that app registration. Empty for managed identity or local mode. In Azure the app setting is a
   * Key Vault reference that App Service resolves before the process starts, so this is the secret itself.
   */
  MicrosoftAppPassword: z.string().default(''),
  /** MultiTenant, SingleTenant or UserAssignedMSI, as set on the Azure Bot resource. */
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI', '']).default(''),
  /** Entra tenant id; required for SingleTenant and UserAssignedMSI. */
  MicrosoftAppTenantId: z.string().default(''),
  /** Folder of event files (YAML or JSON, one per invitation); every one is served. Default: the bundled examples. */
  EVENTS_DIR: z.string().min(1).default(BUNDLED_EVENTS_DIR),
  /** One event file to serve instead of a folder. */
  EVENT_FILE: optionalText,
  /** Folder of the embedded local store (registrations, bot state). Created if missing. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** Optional ISO-8601 timestamp that pins the bot's clock, e.g. 2024-10-27T12:00:00+01:00 (demos, tests). */
  BOT_NOW: optionalText.pipe(z.iso.datetime({ offset: true, local: false }).optional()),
  /** Days after the meeting's end that registrations (personal data) are kept before they are deleted. */
  RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  /**
   * Days a conversation's state (e.g. a sign-up left half-way, with the answers typed so far) is kept after its
   * last message. Cosmos DB: the state container's TTL; embedded store: purged at start-up.
   */
  STATE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** Public https base URL of this bot (e.g. https://moedebot.azurewebsites.net); enables the calendar link in Teams. */
  PUBLIC_BASE_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /**
   * Who may see attendee counts, lists and exports, comma-separated, each with its kind: `aad:<Entra object id>`
   * (Teams; a bare GUID means the same) or `<channel>:<user id>` (`emulator:alice`, `webchat:dl_…` — Web Chat only
   * with Direct Line enhanced authentication, or anyone can claim the id). An event file may add its own.
   */
  ORGANISER_IDS: z
    .string()
    .default('')
    .transform((value, context): Identity[] => {
      const identities: Identity[] = [];
      for (const entry of value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean)) {
        const identity = parseIdentitySpec(entry);
        if (identity) identities.push(identity);
        else context.addIssue({ code: 'custom', message: `"${entry}" is not aad:<GUID>, a GUID or <channel>:<user id>` });
      }
      return identities;
    }),
  /** Cosmos DB (NoSQL API) account endpoint. Set = registrations and bot state in Cosmos DB; empty = embedded store. */
  COSMOS_ENDPOINT: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /**
   * Cosmos DB account key. Empty = Microsoft Entra ID (DefaultAzureCredential: managed identity in Azure). In Azure,
   * if set, a Key Vault reference.
   */
  COSMOS_KEY: optionalText,
  /** Cosmos DB database; created with its containers at start-up if missing. */
  COSMOS_DATABASE: z
    .string()
    .regex(/^[^/\\#?]{1,255}$/)
    .default('moedebot'),
  /** How long start-up waits for Cosmos DB before it starts degraded (/healthz 503) and keeps preparing it in the background. */
  COSMOS_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  /** Client id of the user-assigned managed identity that reads Cosmos DB (Azure); picks it for Entra sign-in. */
  AZURE_CLIENT_ID: optionalText,
  /** Application Insights connection string; read by App Service's Node.js agent, not by Mødebot's code. */
  APPLICATIONINSIGHTS_CONNECTION_STRING: optionalText,
  /**
   * How that agent authenticates when the Application Insights resource accepts Microsoft Entra ID only, e.g.
   * `Authorization=AAD;ClientId=<client id of the user-assigned managed identity>`; read by the agent, not by Mødebot's code.
   */
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: optionalText,
  /** App Service's Application Insights agent switch ("~3" turns it on); read by the platform. */
  ApplicationInsightsAgent_EXTENSION_VERSION: optionalText,
  /** Teams package (npm run package:teams): the Teams app id; default the bot's MicrosoftAppId. */
  TEAMS_APP_ID: optionalText.pipe(z.uuid().optional()),
  /** Teams package: the developer (publisher) name shown in Teams. */
  TEAMS_DEVELOPER_NAME: z.string().min(1).max(32).default('Mødebot'),
  /** Teams package: website, privacy and terms URLs; default pages this bot serves under PUBLIC_BASE_URL. */
  TEAMS_WEBSITE_URL: optionalText.pipe(z.url({ protocol: /^https$/ }).optional()),
  TEAMS_PRIVACY_URL: optionalText.pipe(z.url({ protocol: /^https$/ }).optional()),
  TEAMS_TERMS_URL: optionalText.pipe(z.url({ protocol: /^https$/ }).optional()),
  /**
   * The Web Chat page at `/`. Empty: on in local mode (served with the bot's own local Direct Line, no Azure), off
   * when authenticated. "true" with MicrosoftAppId set turns it on with the Azure Bot's Direct Line channel, and then
   * needs DIRECT_LINE_SECRET and trusted origins (DIRECT_LINE_TRUSTED_ORIGINS or PUBLIC_BASE_URL). "false": off.
   */
  WEBCHAT_ENABLED: z
    .enum(['true', 'false', ''])
    .default('')
    .transform((value) => (value === '' ? undefined : value === 'true')),
  /**
   * Secret of the Azure Bot's Direct Line channel (authenticated mode only). The server exchanges it for a
   * one-conversation token (POST /api/directline/token); it never reaches the page. In Azure a Key Vault reference.
   */
  DIRECT_LINE_SECRET: optionalText,
  /** Direct Line 3.0 base URL: the public one, or a regional one such as https://europe.directline.botframework.com/v3/directline. */
  DIRECT_LINE_ENDPOINT: z
    .url({ protocol: /^https?$/ })
    .default('https://directline.botframework.com/v3/directline')
    .transform((value) => value.replace(/\/+$/, '')),
  /**
   * Origins allowed to use a Direct Line token (enhanced authentication), comma-separated, e.g.
   * https://moedebot.azurewebsites.net. Default: the origin of PUBLIC_BASE_URL.
   */
  DIRECT_LINE_TRUSTED_ORIGINS: z
    .string()
    .default('')
    .transform((value, context): string[] => {
      const origins: string[] = [];
      for (const entry of value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean)) {
        let origin: string | undefined;
        try {
          const url = new URL(entry);
          if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === entry.replace(/\/$/, '')) origin = url.origin;
        } catch {
          origin = undefined;
        }
        if (origin) origins.push(origin);
        else context.addIssue({ code: 'custom', message: `"${entry}" is not an origin such as https://example.org` });
      }
      return origins;
    }),
  /** pino log level: fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof configSchema>;

/** A configuration error that names the offending keys, so start-up can stop with a useful message. */
export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The address the HTTP server listens on: HOST, else everywhere when authenticated and loopback when not. */
export function listenHost(config: Config): string {
  return config.HOST ?? (config.MicrosoftAppId ? '0.0.0.0' : '127.0.0.1');
}

/** True when requests are not authenticated: only ever by explicit choice, never as a fallback. */
export function isUnauthenticated(config: Config): boolean {
  return config.MicrosoftAppId === '';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  const config = result.data;
  if (config.MicrosoftAppType !== '' && config.MicrosoftAppType !== 'MultiTenant' && !config.MicrosoftAppTenantId) {
    throw new ConfigError([`MicrosoftAppTenantId: required when MicrosoftAppType is ${config.MicrosoftAppType}`]);
  }
  if (!config.MicrosoftAppId) {
    // Whatever else is set: no token checks inside App Service, and elsewhere only when asked for by name.
    if (config.WEBSITE_SITE_NAME) {
      throw new ConfigError(['MicrosoftAppId: required in Azure App Service; the bot never runs unauthenticated there']);
    }
    if (!config.ALLOW_UNAUTHENTICATED) {
      throw new ConfigError([
        'MicrosoftAppId: required. For a local run without authentication (Emulator, Agents Playground), ' +
          'set ALLOW_UNAUTHENTICATED=true or use `npm start`, which does',
      ]);
    }
    if (config.MicrosoftAppType !== '') {
      throw new ConfigError([`MicrosoftAppType: ${config.MicrosoftAppType} needs MicrosoftAppId`]);
    }
  }
  if (config.MicrosoftAppId && config.WEBCHAT_ENABLED) {
    // The page then talks to Azure's Direct Line: only through tokens this server obtains for trusted origins.
    if (!config.DIRECT_LINE_SECRET)
      throw new ConfigError(['DIRECT_LINE_SECRET: required when WEBCHAT_ENABLED=true and MicrosoftAppId is set']);
    if (config.DIRECT_LINE_TRUSTED_ORIGINS.length === 0 && !config.PUBLIC_BASE_URL) {
      throw new ConfigError([
        'DIRECT_LINE_TRUSTED_ORIGINS: required (or PUBLIC_BASE_URL) when WEBCHAT_ENABLED=true and MicrosoftAppId is set',
      ]);
    }
  }
  return config;
}
