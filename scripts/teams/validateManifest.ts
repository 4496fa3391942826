import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/**
 * Validates a Teams manifest or localization file against the JSON schema shipped in @microsoft/app-manifest
 * (no download). The localization schema has patterns JavaScript rejects in unicode mode, so that one is
 * compiled here with unicode patterns off.
 */
export async function validateTeamsFile(document: Record<string, unknown>): Promise<string[]> {
  const schemaUrl = typeof document.$schema === 'string' ? document.$schema : '';
  const localization = /\/json-schemas\/teams\/(v[\d.]+)\/MicrosoftTeams\.Localization\.schema\.json$/.exec(schemaUrl);
  if (!localization) return AppManifestUtils.validateAgainstSchema(document as never);
  const schemaFile = path.join(
    path.dirname(require.resolve('@microsoft/app-manifest')),
    'json-schemas',
    'teams',
    localization[1]!,
    'MicrosoftTeams.Localization.schema.json',
  );
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  return validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}
