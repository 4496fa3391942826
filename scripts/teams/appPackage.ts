import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../src/config';
import { projectRoot } from '../../src/paths';

export const MANIFEST_DIR = path.join(projectRoot, 'teamsAppManifest');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TeamsPackageValues {
  botId: string;
  teamsAppId: string;
  version: string;
  developerName: string;
  websiteUrl: string;
  privacyUrl: string;
  termsUrl: string;
  validDomain: string;
}

/** Raised when configuration cannot make a Teams package; names what is missing. */
export class TeamsPackageError extends Error {}

/** The manifest's placeholders from configuration: bot id, public URL, developer and policy pages. */
export function packageValues(config: Config, version: string): TeamsPackageValues {
  const problems: string[] = [];
  if (!GUID.test(config.MicrosoftAppId)) problems.push("MicrosoftAppId must be the Azure Bot's app (client) id, a GUID");
  if (!config.PUBLIC_BASE_URL?.startsWith('https://')) problems.push("PUBLIC_BASE_URL must be the bot's public https URL");
  if (problems.length > 0) throw new TeamsPackageError(`Cannot make the Teams package: ${problems.join('; ')}.`);
  const base = config.PUBLIC_BASE_URL!.replace(/\/$/, '');
  return {
    botId: config.MicrosoftAppId,
    teamsAppId: config.TEAMS_APP_ID ?? config.MicrosoftAppId,
    version,
    developerName: config.TEAMS_DEVELOPER_NAME,
    websiteUrl: config.TEAMS_WEBSITE_URL ?? base,
    privacyUrl: config.TEAMS_PRIVACY_URL ?? `${base}/privacy`,
    termsUrl: config.TEAMS_TERMS_URL ?? `${base}/terms`,
    validDomain: new URL(base).host,
  };
}

/** manifest.template.json with every {{placeholder}} filled; an unknown placeholder is an error, not a blank. */
export function fillManifest(
  values: TeamsPackageValues,
  template = readFileSync(path.join(MANIFEST_DIR, 'manifest.template.json'), 'utf8'),
): Record<string, unknown> {
  const filled = template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new TeamsPackageError(`manifest.template.json uses an unknown placeholder {{${key}}}`);
    return JSON.stringify(values[key as keyof TeamsPackageValues]).slice(1, -1);
  });
  return JSON.parse(filled) as Record<string, unknown>;
}

/** The files of the Teams app package, by name in the zip. */
export function packageFiles(values: TeamsPackageValues): Record<string, Buffer> {
  return {
    'manifest.json': Buffer.from(JSON.stringify(fillManifest(values), null, 2)),
    'en.json': readFileSync(path.join(MANIFEST_DIR, 'en.json')),
    'color.png': readFileSync(path.join(MANIFEST_DIR, 'color.png')),
    'outline.png': readFileSync(path.join(MANIFEST_DIR, 'outline.png')),
  };
}
