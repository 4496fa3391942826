import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { files } from '../scripts/buildTemplates';
import { configSchema } from '../src/config';
import { projectRoot } from '../src/paths';
import { BINDINGS_CONTAINER, BOT_STATE_CONTAINER, QUESTIONS_CONTAINER, REGISTRATIONS_CONTAINER } from '../src/storage/cosmos/cosmosClient';
import { ArmContext, ArmFail, RESOURCE_GROUP } from './helpers/armExpression';

type Template = {
  parameters: Record<string, { type: string; defaultValue?: unknown; allowedValues?: unknown[] }>;
  variables?: Record<string, string>;
  resources: Array<{
    type: string;
    apiVersion: string;
    name: string;
    scope?: string;
    condition?: string;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- ARM's properties are any JSON, read freely here
    properties?: any;
    dependsOn?: string[];
  }>;
  outputs?: Record<string, unknown>;
};

const dir = path.join(projectRoot, 'deploymentTemplates');
const read = <T>(name: string) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as T;
const existing = read<Template>('azuredeploy.json');
const fresh = read<Template>('azuredeploy.newResourceGroup.json');
const site = existing.resources.find((r) => r.type === 'Microsoft.Web/sites')!;
const resourcesOf = (type: string) => existing.resources.filter((r) => r.type === type);
const IDENTITY_ID = `${RESOURCE_GROUP}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/moedebotkl-identity`;
const VAULT_ID = `${RESOURCE_GROUP}/providers/Microsoft.KeyVault/vaults/moedebotkl-kv`;

/** Parameters of a deployment that should succeed; each test changes what it is about. */
const APP_ID = '11111111-2222-3333-4444-555555555555';
const PASSWORD = 'the-client-secret';
const valid = { appName: 'moedebotkl', microsoftAppType: 'SingleTenant', microsoftAppId: APP_ID, microsoftAppPassword: PASSWORD };
const forFresh = (values: Record<string, unknown>) => ({ resourceGroupName: 'rg-moedebot', location: 'swedencentral', ...values });
/** The deployments worth telling apart: each bot identity type, with and without Cosmos DB keys. */
const scenarios = [
  valid,
  { ...valid, microsoftAppType: 'MultiTenant' },
  { ...valid, useCosmosKey: true },
  { appName: 'moedebotkl', microsoftAppType: 'UserAssignedMSI' },
  { appName: 'moedebotkl', microsoftAppType: 'UserAssignedMSI', useCosmosKey: true },
];
/** The app settings the web app gets with these parameters. */
const appSettingsOf = (values: Record<string, unknown>) =>
  new ArmContext(existing, values).evaluate(site.properties.siteConfig.appSettings) as Array<{ name: string; value: string }>;
const appSettings = appSettingsOf(valid);
const envExampleKeys = new Set(
  readFileSync(path.join(projectRoot, '.env.example'), 'utf8')
    .split('\n')
    .map((line) => /^#?\s*([A-Za-z_][A-Za-z0-9_]*)=/.exec(line)?.[1])
    .filter((key): key is string => Boolean(key)),
);

describe('deployment templates', () => {
  it('the committed files are what scripts/buildTemplates.ts generates (run npm run build:templates)', () => {
    for (const [name, content] of Object.entries(files)) assert.deepEqual(read(name), content, name);
  });

  it('every app setting is a key of the config schema and of .env.example', () => {
    const schemaKeys = Object.keys(configSchema.shape);
    for (const values of scenarios) {
      const settings = appSettingsOf(values);
      for (const { name } of settings) {
        assert.ok(schemaKeys.includes(name), `${name} is not in src/config.ts`);
        assert.ok(envExampleKeys.has(name), `${name} is not in .env.example`);
      }
      assert.deepEqual(new Set(settings.map((s) => s.name)).size, settings.length, 'no duplicates');
    }
  });

  /** Whether the web app and the Azure Bot (the nested deployment, in the new-group template) are deployed. */
  const deploysTheBot = (template: Template, conditions: boolean[]) =>
    template.resources.every(
      (r, i) =>
        conditions[i] || !['Microsoft.Web/sites', 'Microsoft.BotService/botServices', 'Microsoft.Resources/deployments'].includes(r.type),
    );

  it('no deployment brings the bot up without an identity: an app id and its secret are required unless UserAssignedMSI', () => {
    const preflight = (template: Template, values: Record<string, unknown>) =>
      new ArmContext(template, template === fresh ? forFresh(values) : values).preflight();
    for (const template of [existing, fresh]) {
      for (const microsoftAppType of ['SingleTenant', 'MultiTenant']) {
        for (const microsoftAppId of [undefined, '', '   ']) {
          const values: Record<string, unknown> = { ...valid, microsoftAppType };
          if (microsoftAppId === undefined) delete values.microsoftAppId;
          else values.microsoftAppId = microsoftAppId;
          assert.throws(
            () => preflight(template, values),
            (e: unknown) => e instanceof ArmFail && /microsoftAppId is required/.test(e.message),
            `${microsoftAppType} ${JSON.stringify(microsoftAppId)}`,
          );
        }
        assert.throws(
          () => preflight(template, { ...valid, microsoftAppType, microsoftAppPassword: '' }),
          (e: unknown) => e instanceof ArmFail && /microsoftAppPassword/.test(e.message),
        );
        assert.ok(
          deploysTheBot(template, preflight(template, { ...valid, microsoftAppType })),
          `${microsoftAppType} with an app id deploys the bot`,
        );
      }
      assert.ok(
        deploysTheBot(template, preflight(template, { appName: 'moedebotkl', microsoftAppType: 'UserAssignedMSI' })),
        'UserAssignedMSI needs no app id',
      );
    }
    // The app id the bot and the web app get: the parameter, or the managed identity's client id.
    const bot = existing.resources.find((r) => r.type === 'Microsoft.BotService/botServices')!;
    assert.equal(new ArmContext(existing, valid).evaluate(bot.properties.msaAppId), APP_ID);
    assert.equal(appSettings.find((s) => s.name === 'MicrosoftAppId')?.value, APP_ID);
    const msi = { appName: 'moedebotkl', microsoftAppType: 'UserAssignedMSI' };
    assert.match(
      new ArmContext(existing, msi).evaluate(bot.properties.msaAppId) as string,
      /^clientId<.*userAssignedIdentities\/moedebotkl-identity>$/,
    );
    assert.match(
      appSettingsOf(msi).find((s) => s.name === 'MicrosoftAppId')!.value,
      /^clientId<.*userAssignedIdentities\/moedebotkl-identity>$/,
    );
  });

  it("keeps secrets in Key Vault, read by the web app's identity through Key Vault references; no app setting holds one", () => {
    const [vault] = resourcesOf('Microsoft.KeyVault/vaults');
    assert.ok(vault, 'a Key Vault');
    assert.equal(vault.properties.enableRbacAuthorization, true, 'Azure RBAC, not access policies');
    assert.deepEqual(vault.properties.accessPolicies, []);
    assert.equal(vault.properties.enableSoftDelete, true);
    assert.equal(vault.properties.enablePurgeProtection, true);
    const context = new ArmContext(existing, valid);
    assert.ok(
      resourcesOf('Microsoft.Authorization/roleAssignments').some(
        (r) =>
          context.idOf(r).startsWith(`${VAULT_ID}/providers/`) &&
          context.evaluate(r.properties.roleDefinitionId) ===
            '/subscriptions/sub/providers/Microsoft.Authorization/roleDefinitions/4633458b-17de-408a-b874-0445c86b69e6' &&
          context.evaluate(r.properties.principalId) === `principalId<${IDENTITY_ID}>`,
      ),
      'the identity is Key Vault Secrets User on the vault',
    );
    assert.equal(context.evaluate(site.properties.keyVaultReferenceIdentity), IDENTITY_ID);

    const reference = (secret: string) => `@Microsoft.KeyVault(SecretUri=secretUri<${VAULT_ID}/secrets/${secret}>)`;
    for (const values of scenarios) {
      const label = JSON.stringify(values);
      const context = new ArmContext(existing, values);
      const deployed = context.preflight();
      const secrets = new Map(
        existing.resources.flatMap((r, i) =>
          r.type === 'Microsoft.KeyVault/vaults/secrets' && deployed[i]
            ? [[(context.evaluate(r.name) as string).split('/')[1]!, context.evaluate(r.properties.value)]]
            : [],
        ),
      );
      const settings = new Map(appSettingsOf(values).map((s) => [s.name, s.value]));
      for (const [name, value] of settings) {
        assert.ok(!value.includes(PASSWORD) && !/primaryMasterKey|secondaryMasterKey/.test(value), `${label}: ${name} holds a secret`);
      }
      if (values.microsoftAppType === 'UserAssignedMSI') {
        assert.ok(!settings.has('MicrosoftAppPassword'), `${label}: no password setting at all`);
        assert.ok(!secrets.has('microsoft-app-password'), `${label}: no password secret`);
      } else {
        assert.equal(settings.get('MicrosoftAppPassword'), reference('microsoft-app-password'), label);
        assert.equal(secrets.get('microsoft-app-password'), PASSWORD, label);
      }
      const account = resourcesOf('Microsoft.DocumentDB/databaseAccounts')[0]!;
      if ('useCosmosKey' in values) {
        assert.equal(settings.get('COSMOS_KEY'), reference('cosmos-key'), label);
        assert.match(secrets.get('cosmos-key') as string, /^primaryMasterKey<listKeys .*databaseAccounts\/moedebotkl-cosmos>$/, label);
        assert.equal(context.evaluate(account.properties.disableLocalAuth), false, label);
      } else {
        assert.ok(!settings.has('COSMOS_KEY') && !secrets.has('cosmos-key'), `${label}: no Cosmos DB key anywhere`);
        assert.equal(context.evaluate(account.properties.disableLocalAuth), true, `${label}: the account has no keys`);
      }
    }
    // The secret values reach nothing but their Key Vault secrets (and the identity check that they are not empty).
    for (const resource of existing.resources) {
      const text = JSON.stringify(resource);
      const isSecret = resource.type === 'Microsoft.KeyVault/vaults/secrets';
      if (!isSecret)
        assert.ok(!text.includes("parameters('microsoftAppPassword')") && !/listKeys\(/i.test(text), `${resource.type} sees a secret`);
    }
    assert.ok(!/microsoftAppPassword|listKeys/i.test(JSON.stringify(existing.outputs)));
    assert.doesNotMatch(
      JSON.stringify((Object.values(files) as Array<{ $schema?: string }>).filter((f) => f.$schema?.includes('deploymentParameters'))),
      /microsoftAppPassword/,
      'no password in the parameters files',
    );
  });

  it('allows no basic-auth publishing: FTP and SCM credentials off, FTPS disabled, HTTPS only, TLS 1.2 for the site and SCM', () => {
    const context = new ArmContext(existing, valid);
    const policies = new Map(
      resourcesOf('Microsoft.Web/sites/basicPublishingCredentialsPolicies').map((r) => [context.evaluate(r.name), r.properties.allow]),
    );
    assert.deepEqual(Object.fromEntries(policies), { 'moedebotkl-bot/ftp': false, 'moedebotkl-bot/scm': false });
    assert.equal(site.properties.httpsOnly, true);
    assert.equal(site.properties.siteConfig.ftpsState, 'Disabled');
    assert.equal(site.properties.siteConfig.minTlsVersion, '1.2');
    assert.equal(site.properties.siteConfig.scmMinTlsVersion, '1.2');
  });

  it('turns local (key) authentication off on the Azure Bot, in an API version that knows the property', () => {
    const [bot] = resourcesOf('Microsoft.BotService/botServices');
    assert.equal(bot!.properties.disableLocalAuth, true);
    // 2022-09-15 is the stable version whose schema has it; an older one would ignore the property.
    assert.ok(bot!.apiVersion >= '2022-09-15', `${bot!.apiVersion} may not know disableLocalAuth`);
  });

  it('Application Insights takes Entra-authenticated telemetry only, which the agent sends as the managed identity', () => {
    const [component] = resourcesOf('Microsoft.Insights/components');
    assert.equal(component!.properties.DisableLocalAuth, true);
    const context = new ArmContext(existing, valid);
    const componentId = context.idOf(component!);
    assert.ok(
      resourcesOf('Microsoft.Authorization/roleAssignments').some(
        (r) =>
          context.idOf(r).startsWith(`${componentId}/providers/`) &&
          context.evaluate(r.properties.roleDefinitionId) ===
            '/subscriptions/sub/providers/Microsoft.Authorization/roleDefinitions/3913510d-42f4-4e42-8a64-420c390055eb' &&
          context.evaluate(r.properties.principalId) === `principalId<${IDENTITY_ID}>`,
      ),
      'the identity is Monitoring Metrics Publisher on the component',
    );
    for (const values of scenarios) {
      const settings = new Map(appSettingsOf(values).map((s) => [s.name, s.value]));
      assert.equal(
        settings.get('APPLICATIONINSIGHTS_AUTHENTICATION_STRING'),
        `Authorization=AAD;ClientId=clientId<${IDENTITY_ID}>`,
        JSON.stringify(values),
      );
      assert.equal(settings.get('AZURE_CLIENT_ID'), `clientId<${IDENTITY_ID}>`, 'the same identity');
    }
  });

  it("sends the web app's logs (the organisers' audit log among them), Key Vault's audit events and Cosmos DB's control plane to the workspace, kept logRetentionDays", () => {
    const context = new ArmContext(existing, valid);
    const [workspace] = resourcesOf('Microsoft.OperationalInsights/workspaces');
    const workspaceId = context.idOf(workspace!);
    assert.equal(existing.parameters.logRetentionDays?.defaultValue, 90);
    assert.equal(context.evaluate(workspace!.properties.retentionInDays), 90);
    assert.equal(new ArmContext(existing, { ...valid, logRetentionDays: 365 }).evaluate(workspace!.properties.retentionInDays), 365);
    const logsOf = (scopeType: string) => {
      const setting = resourcesOf('Microsoft.Insights/diagnosticSettings').find((r) =>
        (context.evaluate(r.scope) as string).startsWith(`${scopeType}/`),
      );
      assert.ok(setting, `diagnostic settings on ${scopeType}`);
      assert.equal(context.evaluate(setting.properties.workspaceId), workspaceId);
      return setting.properties.logs.filter((l: { enabled: boolean }) => l.enabled).map((l: { category: string }) => l.category);
    };
    assert.deepEqual(logsOf('Microsoft.Web/sites').sort(), [
      'AppServiceAppLogs',
      'AppServiceConsoleLogs',
      'AppServiceHTTPLogs',
      'AppServicePlatformLogs',
    ]);
    assert.deepEqual(logsOf('Microsoft.KeyVault/vaults'), ['AuditEvent']);
    assert.deepEqual(logsOf('Microsoft.DocumentDB/databaseAccounts'), ['ControlPlaneRequests']);
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    assert.match(
      readme,
      /AppServiceConsoleLogs\s*\n\| where ResultDescription has '"audit"'/,
      'the README shows how to list the audit lines',
    );
  });

  it('runs Node 22 LTS and starts the compiled bot: node dist/src/index.js, which npm run build writes', () => {
    assert.equal(site.properties.siteConfig.linuxFxVersion, 'NODE|22-lts');
    assert.equal(site.properties.siteConfig.appCommandLine, 'node dist/src/index.js');
    // tsc -p tsconfig.build.json keeps the source layout under outDir: src/index.ts becomes dist/src/index.js.
    const tsconfig = JSON.parse(readFileSync(path.join(projectRoot, 'tsconfig.json'), 'utf8')) as {
      compilerOptions: { outDir: string; rootDir: string };
    };
    const build = JSON.parse(readFileSync(path.join(projectRoot, 'tsconfig.build.json'), 'utf8')) as { include: string[] };
    assert.equal(tsconfig.compilerOptions.rootDir, '.');
    assert.ok(build.include.includes('src'));
    assert.equal(`node ${tsconfig.compilerOptions.outDir}/src/index.js`, site.properties.siteConfig.appCommandLine);
  });

  it('deploymentTemplates/README.md documents every parameter', () => {
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    for (const name of new Set([...Object.keys(existing.parameters), ...Object.keys(fresh.parameters)])) {
      assert.match(readme, new RegExp(`^\\| \`${name}\` \\|`, 'm'), `${name} is not in the README's parameter table`);
    }
  });

  it('never sets ALLOW_UNAUTHENTICATED: the bot in Azure always checks tokens', () => {
    for (const values of scenarios)
      assert.ok(!appSettingsOf(values).some((s) => /^ALLOW_UNAUTHENTICATED$/i.test(s.name)), JSON.stringify(values));
    for (const name of Object.keys(files)) assert.doesNotMatch(JSON.stringify(files[name]), /ALLOW_UNAUTHENTICATED/i, name);
  });

  it('every parameter is used, and every used parameter is declared', () => {
    for (const [label, template] of [
      ['azuredeploy.json', existing],
      ['azuredeploy.newResourceGroup.json', fresh],
    ] as const) {
      const { parameters, ...rest } = template;
      // In the new-group template, the nested template's own parameters are used inside it, not by the outer one.
      const body = JSON.stringify(
        label === 'azuredeploy.json'
          ? rest
          : { ...rest, resources: rest.resources.map((r) => ({ ...r, properties: { ...r.properties, template: undefined } })) },
      );
      for (const name of Object.keys(parameters))
        assert.ok(body.includes(`parameters('${name}')`), `${label}: parameter ${name} is never used`);
      for (const match of body.matchAll(/parameters\('([^']+)'\)/g))
        assert.ok(match[1]! in parameters, `${label}: ${match[1]} is not declared`);
    }
    const variablesUsed = JSON.stringify(existing.resources) + JSON.stringify(existing.outputs) + JSON.stringify(existing.variables);
    for (const name of Object.keys(existing.variables ?? {}))
      assert.ok(variablesUsed.includes(`variables('${name}')`), `variable ${name} unused`);
  });

  it('parameters files name only declared parameters and give every one without a default', () => {
    for (const [templateName, parametersName] of [
      ['azuredeploy.json', 'azuredeploy.parameters.json'],
      ['azuredeploy.newResourceGroup.json', 'azuredeploy.newResourceGroup.parameters.json'],
    ]) {
      const template = read<Template>(templateName!);
      const given = read<{ parameters: Record<string, { value: unknown }> }>(parametersName!).parameters;
      for (const name of Object.keys(given)) assert.ok(name in template.parameters, `${parametersName}: ${name} undeclared`);
      for (const [name, definition] of Object.entries(template.parameters)) {
        if (definition.defaultValue === undefined) assert.ok(name in given, `${parametersName}: required ${name} missing`);
        if (definition.allowedValues && name in given)
          assert.ok(definition.allowedValues.includes(given[name]!.value), `${name} not allowed`);
      }
    }
  });

  it('resource types, names and API versions are well-formed', () => {
    for (const resource of [...existing.resources, ...fresh.resources]) {
      assert.match(resource.type, /^Microsoft\.[A-Za-z]+\/[A-Za-z]+(\/[A-Za-z]+)*$/);
      assert.match(resource.apiVersion, /^20\d\d-\d\d-\d\d(-preview)?$/);
      assert.ok(/^\[.*\]$/.test(resource.name) || /^[A-Za-z0-9-]+$/.test(resource.name), resource.name);
      const segments = resource.type.split('/').length - 1;
      const formatArgs = /^\[format\('([^']*)'/.exec(resource.name)?.[1];
      if (formatArgs) assert.equal(formatArgs.split('/').length, segments, `${resource.type} name has ${segments} segment(s)`);
    }
    // A child resource uses its parent's API version. Unrelated types of one namespace (Microsoft.Insights/components
    // and Microsoft.Insights/diagnosticSettings) have no version in common.
    const apiVersions = new Map<string, string>();
    for (const resource of existing.resources) {
      const parent = resource.type.split('/').slice(0, 2).join('/');
      if (apiVersions.has(parent)) assert.equal(resource.apiVersion, apiVersions.get(parent), `${parent} mixes API versions`);
      apiVersions.set(parent, resource.apiVersion);
    }
  });

  it('every dependsOn names a resource of the template', () => {
    const context = new ArmContext(existing, valid);
    const ids = new Set(existing.resources.map((r) => context.idOf(r)));
    for (const resource of existing.resources) {
      for (const dependency of resource.dependsOn ?? [])
        assert.ok(ids.has(context.evaluate(dependency) as string), `${resource.type} depends on ${dependency}`);
    }
  });

  it('the two templates agree: the new-group one deploys exactly azuredeploy.json with every parameter passed through', () => {
    const nested = fresh.resources.find((r) => r.type === 'Microsoft.Resources/deployments')!;
    assert.deepEqual(nested.properties.template, existing);
    assert.deepEqual(Object.keys(nested.properties.parameters).sort(), Object.keys(existing.parameters).sort());
    for (const [name, definition] of Object.entries(existing.parameters)) {
      if (name === 'location') continue;
      assert.deepEqual(fresh.parameters[name], definition, name);
    }
    assert.deepEqual(Object.keys(fresh.outputs ?? {}), Object.keys(existing.outputs ?? {}));
  });

  it('makes what the bot needs: Linux Node 22 over HTTPS only, Teams channel on, Cosmos containers as the code expects, managed identity with data-plane rights', () => {
    assert.equal(site.properties.httpsOnly, true);
    assert.equal(site.properties.siteConfig.linuxFxVersion, 'NODE|22-lts');
    assert.equal(site.properties.siteConfig.healthCheckPath, '/healthz');
    const teams = existing.resources.find((r) => r.type === 'Microsoft.BotService/botServices/channels')!;
    assert.equal(teams.properties.channelName, 'MsTeamsChannel');
    assert.equal(teams.properties.properties.isEnabled, true);
    const bot = existing.resources.find((r) => r.type === 'Microsoft.BotService/botServices')!;
    assert.match(bot.properties.endpoint, /\/api\/messages/);
    const containers = existing.resources.filter((r) => r.type === 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers');
    assert.deepEqual(
      containers.map((c) => [c.properties.resource.id, c.properties.resource.partitionKey.paths[0]]),
      [
        [REGISTRATIONS_CONTAINER, '/eventId'],
        [QUESTIONS_CONTAINER, '/eventId'],
        [BOT_STATE_CONTAINER, '/id'],
        [BINDINGS_CONTAINER, '/id'],
      ],
    );
    const role = existing.resources.find((r) => r.type === 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments')!;
    assert.match(role.properties.roleDefinitionId, /00000000-0000-0000-0000-000000000002/);
    const account = existing.resources.find((r) => r.type === 'Microsoft.DocumentDB/databaseAccounts')!;
    assert.match(account.properties.capabilities, /EnableServerless/);
    assert.ok(existing.resources.some((r) => r.type === 'Microsoft.Insights/components'));
  });
});
