import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/paths';

/**
 * The ARM templates in deploymentTemplates/ are generated from this one description, so the template for an
 * existing resource group and the one that first creates the group cannot drift apart.
 * Run `npm run build:templates` after changing it (a test fails while the committed files differ).
 */
const API = {
  identity: '2023-01-31',
  workspace: '2022-10-01',
  insights: '2020-02-02',
  web: '2023-12-01',
  cosmos: '2024-05-15',
  bot: '2022-09-15',
  resources: '2024-03-01',
  keyVault: '2023-07-01',
  authorization: '2022-04-01',
  diagnostics: '2021-05-01-preview',
};

/** Cosmos DB built-in data-plane role "Cosmos DB Built-in Data Contributor". */
const COSMOS_DATA_CONTRIBUTOR = '00000000-0000-0000-0000-000000000002';
/** Azure built-in role "Key Vault Secrets User": read secret values, nothing else. */
const KEY_VAULT_SECRETS_USER = '4633458b-17de-408a-b874-0445c86b69e6';
/**
 * Azure built-in role "Monitoring Metrics Publisher": despite the name, what Application Insights needs to ingest any
 * telemetry with Entra ID.
 */
const MONITORING_METRICS_PUBLISHER = '3913510d-42f4-4e42-8a64-420c390055eb';

/** Key Vault secret names (letters, digits and hyphens only). */
const SECRET = { appPassword: 'microsoft-app-password', cosmosKey: 'cosmos-key' };

const parameters = {
  appName: {
    type: 'string',
    minLength: 3,
    maxLength: 20,
    metadata: {
      description:
        'Prefix of every resource name; lower-case letters and digits, starting with a letter, globally unique for the web app, Cosmos DB and Key Vault.',
    },
  },
  location: { type: 'string', defaultValue: '[resourceGroup().location]', metadata: { description: 'Azure region of the resources.' } },
  appServicePlanSku: {
    type: 'string',
    defaultValue: 'B1',
    allowedValues: ['B1', 'B2', 'S1', 'P0v3', 'P1v3'],
    metadata: { description: 'App Service plan (Linux) size.' },
  },
  instanceCount: {
    type: 'int',
    defaultValue: 1,
    minValue: 1,
    maxValue: 10,
    metadata: { description: 'App Service instances; they share state through Cosmos DB.' },
  },
  microsoftAppType: {
    type: 'string',
    defaultValue: 'SingleTenant',
    allowedValues: ['SingleTenant', 'MultiTenant', 'UserAssignedMSI'],
    metadata: {
      description:
        "Bot identity: an Entra app registration (SingleTenant/MultiTenant) or the deployment's managed identity (UserAssignedMSI).",
    },
  },
  // Both default to empty only so that UserAssignedMSI needs neither; for the other two types identityCheck below
  // fails the deployment when either is empty.
  microsoftAppId: {
    type: 'string',
    defaultValue: '',
    metadata: {
      description:
        'App (client) id of the Entra app registration. Required unless microsoftAppType is UserAssignedMSI (the deployment fails without it); ignored with UserAssignedMSI.',
    },
  },
  microsoftAppPassword: {
    type: 'securestring',
    defaultValue: '',
    metadata: {
      description:
        'Client secret of the app registration, stored in the Key Vault the template creates. Required unless microsoftAppType is UserAssignedMSI (the deployment fails without it); ignored with UserAssignedMSI.',
    },
  },
  microsoftAppTenantId: {
    type: 'string',
    defaultValue: '[subscription().tenantId]',
    metadata: { description: 'Entra tenant of the bot identity.' },
  },
  botSku: {
    type: 'string',
    defaultValue: 'F0',
    allowedValues: ['F0', 'S1'],
    metadata: { description: 'Azure Bot pricing tier (F0 is free; Teams is a standard channel).' },
  },
  cosmosCapacityMode: {
    type: 'string',
    defaultValue: 'Serverless',
    allowedValues: ['Serverless', 'Provisioned'],
    metadata: { description: 'Cosmos DB capacity: serverless (pay per request) or provisioned throughput.' },
  },
  cosmosThroughput: {
    type: 'int',
    defaultValue: 400,
    minValue: 400,
    metadata: { description: 'Database throughput (RU/s) when cosmosCapacityMode is Provisioned.' },
  },
  cosmosDatabaseName: { type: 'string', defaultValue: 'moedebot', metadata: { description: 'Cosmos DB database name (COSMOS_DATABASE).' } },
  useCosmosKey: {
    type: 'bool',
    defaultValue: false,
    metadata: {
      description:
        'false: the web app signs in to Cosmos DB with its managed identity and keys are disabled. true: key-based (COSMOS_KEY, kept in Key Vault).',
    },
  },
  stateRetentionDays: {
    type: 'int',
    defaultValue: 30,
    minValue: 1,
    metadata: {
      description: "Days a conversation's state (e.g. an unfinished sign-up) is kept after its last message: the botstate container's TTL.",
    },
  },
  organiserIds: {
    type: 'string',
    defaultValue: '',
    metadata: { description: 'ORGANISER_IDS: comma-separated Entra object ids of the organisers.' },
  },
  retentionDays: {
    type: 'int',
    defaultValue: 30,
    minValue: 0,
    metadata: { description: 'RETENTION_DAYS: days after the meeting that registrations are kept.' },
  },
  logLevel: {
    type: 'string',
    defaultValue: 'info',
    allowedValues: ['error', 'warn', 'info', 'debug'],
    metadata: { description: 'LOG_LEVEL of the bot.' },
  },
  logRetentionDays: {
    type: 'int',
    defaultValue: 90,
    minValue: 30,
    maxValue: 730,
    metadata: {
      description:
        "Days the Log Analytics workspace keeps logs: the retention of the organisers' audit log (AppServiceConsoleLogs), of Key Vault's audit events and of the telemetry.",
    },
  },
};

/**
 * The bot must never come up without an identity: with an empty MicrosoftAppId it would skip the Bot Framework token
 * check on every request. ARM has no conditionally required parameters, so this expression is the check. It is `true`
 * or it calls `fail()`, the ARM function that stops a deployment with the given message (Bicep's `fail()` compiles to
 * it); `if()` evaluates only the branch it takes. Both templates keep it in a variable and use that as the condition of
 * what must not exist without an identity. ARM evaluates variables and conditions when it validates the template, so a
 * deployment without an app id, or without the app registration's secret, fails before it creates anything.
 * UserAssignedMSI needs neither: the managed identity's client id is the app id, and it has no secret.
 */
const identityCheck =
  "[if(equals(parameters('microsoftAppType'), 'UserAssignedMSI'), true(), " +
  "if(empty(trim(parameters('microsoftAppId'))), fail('microsoftAppId is required unless microsoftAppType is UserAssignedMSI: without it the bot would have no identity.'), " +
  "if(empty(parameters('microsoftAppPassword')), fail('microsoftAppPassword (the client secret of the app registration) is required unless microsoftAppType is UserAssignedMSI.'), true())))]";

const variables = {
  suffix: "[toLower(parameters('appName'))]",
  identityName: "[format('{0}-identity', variables('suffix'))]",
  workspaceName: "[format('{0}-logs', variables('suffix'))]",
  insightsName: "[format('{0}-insights', variables('suffix'))]",
  planName: "[format('{0}-plan', variables('suffix'))]",
  siteName: "[format('{0}-bot', variables('suffix'))]",
  cosmosName: "[format('{0}-cosmos', variables('suffix'))]",
  botName: "[format('{0}-azurebot', variables('suffix'))]",
  keyVaultName: "[format('{0}-kv', variables('suffix'))]",
  publicUrl: "[format('https://{0}.azurewebsites.net', variables('siteName'))]",
  isMsi: "[equals(parameters('microsoftAppType'), 'UserAssignedMSI')]",
  identityChecked: identityCheck,
  serverless: "[equals(parameters('cosmosCapacityMode'), 'Serverless')]",
};

const identityId = "[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', variables('identityName'))]";
const cosmosId = "[resourceId('Microsoft.DocumentDB/databaseAccounts', variables('cosmosName'))]";
const databaseId =
  "[resourceId('Microsoft.DocumentDB/databaseAccounts/sqlDatabases', variables('cosmosName'), parameters('cosmosDatabaseName'))]";
const siteId = "[resourceId('Microsoft.Web/sites', variables('siteName'))]";
const workspaceId = "[resourceId('Microsoft.OperationalInsights/workspaces', variables('workspaceName'))]";
const insightsId = "[resourceId('Microsoft.Insights/components', variables('insightsName'))]";
const keyVaultId = "[resourceId('Microsoft.KeyVault/vaults', variables('keyVaultName'))]";
const secretId = (name: string) => `[resourceId('Microsoft.KeyVault/vaults/secrets', variables('keyVaultName'), '${name}')]`;

/**
 * Sends a resource's logs of these categories to the template's Log Analytics workspace, the one place they are
 * kept, for logRetentionDays.
 */
const diagnosticSetting = (scopeType: string, scopeName: string, dependsOn: string, categories: string[], extra: object = {}) => ({
  type: 'Microsoft.Insights/diagnosticSettings',
  apiVersion: API.diagnostics,
  scope: `[format('${scopeType}/{0}', variables('${scopeName}'))]`,
  name: 'to-log-analytics',
  properties: { workspaceId, logs: categories.map((category) => ({ category, enabled: true })), ...extra },
  dependsOn: [dependsOn, workspaceId],
});
const clientIdExpr = `reference(${identityId.slice(1, -1)}, '${API.identity}').clientId`;
const botAppIdExpr = `if(variables('isMsi'), ${clientIdExpr}, parameters('microsoftAppId'))`;
/** When the bot has a client secret (to keep in Key Vault): every app type but UserAssignedMSI. */
const hasAppPassword = "not(variables('isMsi'))";

/**
 * An app setting whose value App Service fetches from Key Vault with the site's keyVaultReferenceIdentity, so the
 * secret is never part of the site's configuration (or of anyone's view of it). The URI has no version: the app
 * gets the secret's latest version.
 */
const keyVaultReference = (secret: string) =>
  `format('@Microsoft.KeyVault(SecretUri={0})', reference(${secretId(secret).slice(1, -1)}, '${API.keyVault}').secretUri)`;

/**
 * App settings: every name is a key of src/config.ts and .env.example (a test checks). A setting with `when` exists
 * only when that ARM condition holds: no empty MicrosoftAppPassword for a managed identity, no COSMOS_KEY when the
 * account has no keys. `value` is a template value: "[expression]" or a literal.
 */
const appSettingList: Array<{ name: string; value: string; when?: string }> = [
  { name: 'MicrosoftAppId', value: `[${botAppIdExpr}]` },
  { name: 'MicrosoftAppPassword', value: `[${keyVaultReference(SECRET.appPassword)}]`, when: hasAppPassword },
  { name: 'MicrosoftAppType', value: "[parameters('microsoftAppType')]" },
  { name: 'MicrosoftAppTenantId', value: "[parameters('microsoftAppTenantId')]" },
  { name: 'COSMOS_ENDPOINT', value: `[reference(${cosmosId.slice(1, -1)}, '${API.cosmos}').documentEndpoint]` },
  { name: 'COSMOS_DATABASE', value: "[parameters('cosmosDatabaseName')]" },
  { name: 'COSMOS_KEY', value: `[${keyVaultReference(SECRET.cosmosKey)}]`, when: "parameters('useCosmosKey')" },
  { name: 'AZURE_CLIENT_ID', value: `[${clientIdExpr}]` },
  { name: 'PUBLIC_BASE_URL', value: "[variables('publicUrl')]" },
  { name: 'ORGANISER_IDS', value: "[parameters('organiserIds')]" },
  { name: 'RETENTION_DAYS', value: "[string(parameters('retentionDays'))]" },
  { name: 'STATE_RETENTION_DAYS', value: "[string(parameters('stateRetentionDays'))]" },
  { name: 'LOG_LEVEL', value: "[parameters('logLevel')]" },
  // With local auth off the connection string is no credential; the agent signs in as the managed identity.
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: `[reference(${insightsId.slice(1, -1)}, '${API.insights}').ConnectionString]` },
  { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: `[format('Authorization=AAD;ClientId={0}', ${clientIdExpr})]` },
  { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' },
];

/**
 * The list above as one ARM expression: an ARM array cannot leave out an element, so the settings are concatenated
 * from runs of unconditional ones and, for each conditional one, a one-element or empty array.
 */
function appSettingsExpression(list: typeof appSettingList): string {
  const asExpression = (value: string) => (value.startsWith('[') ? value.slice(1, -1) : `'${value.replace(/'/g, "''")}'`);
  const entry = ({ name, value }: { name: string; value: string }) => `createObject('name', '${name}', 'value', ${asExpression(value)})`;
  const parts: string[] = [];
  let run: string[] = [];
  for (const setting of list) {
    if (!setting.when) {
      run.push(entry(setting));
      continue;
    }
    if (run.length) parts.push(`createArray(${run.join(', ')})`);
    run = [];
    parts.push(`if(${setting.when}, createArray(${entry(setting)}), createArray())`);
  }
  if (run.length) parts.push(`createArray(${run.join(', ')})`);
  return `[concat(${parts.join(', ')})]`;
}

const resources = [
  {
    type: 'Microsoft.ManagedIdentity/userAssignedIdentities',
    apiVersion: API.identity,
    name: "[variables('identityName')]",
    location: "[parameters('location')]",
  },
  {
    type: 'Microsoft.OperationalInsights/workspaces',
    apiVersion: API.workspace,
    name: "[variables('workspaceName')]",
    location: "[parameters('location')]",
    properties: { sku: { name: 'PerGB2018' }, retentionInDays: "[parameters('logRetentionDays')]" },
  },
  {
    type: 'Microsoft.Insights/components',
    apiVersion: API.insights,
    name: "[variables('insightsName')]",
    location: "[parameters('location')]",
    kind: 'web',
    properties: {
      Application_Type: 'Node.JS',
      WorkspaceResourceId: workspaceId,
      // Telemetry only from Microsoft Entra identities: the instrumentation key in the connection string alone is
      // not enough to send (or forge) telemetry.
      DisableLocalAuth: true,
    },
    dependsOn: [workspaceId],
  },
  {
    // Lets the web app's Application Insights agent send telemetry as the managed identity.
    type: 'Microsoft.Authorization/roleAssignments',
    apiVersion: API.authorization,
    scope: "[format('Microsoft.Insights/components/{0}', variables('insightsName'))]",
    name: `[guid(${insightsId.slice(1, -1)}, ${identityId.slice(1, -1)}, '${MONITORING_METRICS_PUBLISHER}')]`,
    properties: {
      roleDefinitionId: `[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '${MONITORING_METRICS_PUBLISHER}')]`,
      principalId: `[reference(${identityId.slice(1, -1)}, '${API.identity}').principalId]`,
      principalType: 'ServicePrincipal',
    },
    dependsOn: [insightsId, identityId],
  },
  {
    type: 'Microsoft.DocumentDB/databaseAccounts',
    apiVersion: API.cosmos,
    name: "[variables('cosmosName')]",
    location: "[parameters('location')]",
    kind: 'GlobalDocumentDB',
    properties: {
      databaseAccountOfferType: 'Standard',
      locations: [{ locationName: "[parameters('location')]", failoverPriority: 0, isZoneRedundant: false }],
      consistencyPolicy: { defaultConsistencyLevel: 'Session' },
      capabilities: "[if(variables('serverless'), createArray(createObject('name', 'EnableServerless')), createArray())]",
      disableLocalAuth: "[not(parameters('useCosmosKey'))]",
      minimalTlsVersion: 'Tls12',
    },
  },
  {
    type: 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases',
    apiVersion: API.cosmos,
    name: "[format('{0}/{1}', variables('cosmosName'), parameters('cosmosDatabaseName'))]",
    properties: {
      resource: { id: "[parameters('cosmosDatabaseName')]" },
      options: "[if(variables('serverless'), createObject(), createObject('throughput', parameters('cosmosThroughput')))]",
    },
    dependsOn: [cosmosId],
  },
  {
    type: 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers',
    apiVersion: API.cosmos,
    name: "[format('{0}/{1}/{2}', variables('cosmosName'), parameters('cosmosDatabaseName'), 'registrations')]",
    properties: {
      resource: { id: 'registrations', partitionKey: { paths: ['/eventId'], kind: 'Hash' }, defaultTtl: -1 },
    },
    dependsOn: [databaseId],
  },
  {
    // Unanswered questions, the organisers' answers and the notices owed to askers; documents carry their own TTL.
    type: 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers',
    apiVersion: API.cosmos,
    name: "[format('{0}/{1}/{2}', variables('cosmosName'), parameters('cosmosDatabaseName'), 'questions')]",
    properties: {
      resource: { id: 'questions', partitionKey: { paths: ['/eventId'], kind: 'Hash' }, defaultTtl: -1 },
    },
    dependsOn: [databaseId],
  },
  {
    type: 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers',
    apiVersion: API.cosmos,
    name: "[format('{0}/{1}/{2}', variables('cosmosName'), parameters('cosmosDatabaseName'), 'botstate')]",
    properties: {
      resource: {
        id: 'botstate',
        partitionKey: { paths: ['/id'], kind: 'Hash' },
        defaultTtl: "[mul(parameters('stateRetentionDays'), 86400)]",
      },
    },
    dependsOn: [databaseId],
  },
  {
    // Which Teams channel, team or group chat an organiser bound to which event: kept until unbound.
    type: 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers',
    apiVersion: API.cosmos,
    name: "[format('{0}/{1}/{2}', variables('cosmosName'), parameters('cosmosDatabaseName'), 'bindings')]",
    properties: { resource: { id: 'bindings', partitionKey: { paths: ['/id'], kind: 'Hash' } } },
    dependsOn: [databaseId],
  },
  {
    type: 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments',
    apiVersion: API.cosmos,
    name: `[format('{0}/{1}', variables('cosmosName'), guid(${cosmosId.slice(1, -1)}, ${identityId.slice(1, -1)}, '${COSMOS_DATA_CONTRIBUTOR}'))]`,
    properties: {
      roleDefinitionId: `[format('{0}/sqlRoleDefinitions/${COSMOS_DATA_CONTRIBUTOR}', ${cosmosId.slice(1, -1)})]`,
      principalId: `[reference(${identityId.slice(1, -1)}, '${API.identity}').principalId]`,
      scope: cosmosId,
    },
    dependsOn: [cosmosId, identityId],
  },
  {
    // Holds the bot's secrets so that no app setting does. Access is by Azure RBAC only (no access policies): the
    // web app's identity may read secrets, and the template writes them through Resource Manager. Deleted secrets
    // and the vault itself stay recoverable for 90 days and cannot be purged before. Public network access stays
    // on because App Service resolves the references over it (the app has no virtual network).
    type: 'Microsoft.KeyVault/vaults',
    apiVersion: API.keyVault,
    name: "[variables('keyVaultName')]",
    location: "[parameters('location')]",
    properties: {
      tenantId: '[subscription().tenantId]',
      sku: { family: 'A', name: 'standard' },
      enableRbacAuthorization: true,
      accessPolicies: [],
      enableSoftDelete: true,
      softDeleteRetentionInDays: 90,
      enablePurgeProtection: true,
      publicNetworkAccess: 'Enabled',
      enabledForDeployment: false,
      enabledForDiskEncryption: false,
      enabledForTemplateDeployment: false,
    },
  },
  {
    type: 'Microsoft.KeyVault/vaults/secrets',
    apiVersion: API.keyVault,
    condition: `[${hasAppPassword}]`,
    name: `[format('{0}/{1}', variables('keyVaultName'), '${SECRET.appPassword}')]`,
    properties: { value: "[parameters('microsoftAppPassword')]" },
    dependsOn: [keyVaultId],
  },
  {
    type: 'Microsoft.KeyVault/vaults/secrets',
    apiVersion: API.keyVault,
    condition: "[parameters('useCosmosKey')]",
    name: `[format('{0}/{1}', variables('keyVaultName'), '${SECRET.cosmosKey}')]`,
    properties: { value: `[listKeys(${cosmosId.slice(1, -1)}, '${API.cosmos}').primaryMasterKey]` },
    dependsOn: [keyVaultId, cosmosId],
  },
  {
    type: 'Microsoft.Authorization/roleAssignments',
    apiVersion: API.authorization,
    scope: "[format('Microsoft.KeyVault/vaults/{0}', variables('keyVaultName'))]",
    name: `[guid(${keyVaultId.slice(1, -1)}, ${identityId.slice(1, -1)}, '${KEY_VAULT_SECRETS_USER}')]`,
    properties: {
      roleDefinitionId: `[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '${KEY_VAULT_SECRETS_USER}')]`,
      principalId: `[reference(${identityId.slice(1, -1)}, '${API.identity}').principalId]`,
      // A new identity may not have replicated yet; saying what it is lets the assignment go through anyway.
      principalType: 'ServicePrincipal',
    },
    dependsOn: [keyVaultId, identityId],
  },
  {
    type: 'Microsoft.Web/serverfarms',
    apiVersion: API.web,
    name: "[variables('planName')]",
    location: "[parameters('location')]",
    kind: 'linux',
    sku: { name: "[parameters('appServicePlanSku')]", capacity: "[parameters('instanceCount')]" },
    properties: { reserved: true },
  },
  {
    type: 'Microsoft.Web/sites',
    apiVersion: API.web,
    // The web app runs the bot: it exists only with an identity (see identityCheck).
    condition: "[variables('identityChecked')]",
    name: "[variables('siteName')]",
    location: "[parameters('location')]",
    kind: 'app,linux',
    identity: { type: 'UserAssigned', userAssignedIdentities: { [identityId]: {} } },
    properties: {
      serverFarmId: "[resourceId('Microsoft.Web/serverfarms', variables('planName'))]",
      // The identity App Service reads Key Vault references with (the default would be a system identity it has not).
      keyVaultReferenceIdentity: identityId,
      httpsOnly: true,
      siteConfig: {
        linuxFxVersion: 'NODE|22-lts',
        appCommandLine: 'node dist/src/index.js',
        alwaysOn: true,
        http20Enabled: true,
        minTlsVersion: '1.2',
        scmMinTlsVersion: '1.2',
        ftpsState: 'Disabled',
        healthCheckPath: '/healthz',
        appSettings: appSettingsExpression(appSettingList),
      },
    },
    dependsOn: [
      "[resourceId('Microsoft.Web/serverfarms', variables('planName'))]",
      insightsId,
      `[extensionResourceId(${insightsId.slice(1, -1)}, 'Microsoft.Authorization/roleAssignments', guid(${insightsId.slice(1, -1)}, ${identityId.slice(1, -1)}, '${MONITORING_METRICS_PUBLISHER}'))]`,
      cosmosId,
      identityId,
      // The references resolve when the app starts: the secrets and the right to read them come first.
      secretId(SECRET.appPassword),
      secretId(SECRET.cosmosKey),
      `[extensionResourceId(${keyVaultId.slice(1, -1)}, 'Microsoft.Authorization/roleAssignments', guid(${keyVaultId.slice(1, -1)}, ${identityId.slice(1, -1)}, '${KEY_VAULT_SECRETS_USER}'))]`,
    ],
  },
  // No publishing with the site's basic credentials (a user name and password that never expire): FTP is off
  // anyway, and deployments to the SCM (Kudu) site sign in with Microsoft Entra ID (az webapp deploy does).
  ...['ftp', 'scm'].map((endpoint) => ({
    type: 'Microsoft.Web/sites/basicPublishingCredentialsPolicies',
    apiVersion: API.web,
    name: `[format('{0}/{1}', variables('siteName'), '${endpoint}')]`,
    properties: { allow: false },
    dependsOn: [siteId],
  })),
  // The organisers' audit log is the bot's JSON lines on stdout with an "audit" field: AppServiceConsoleLogs.
  diagnosticSetting('Microsoft.Web/sites', 'siteName', siteId, [
    'AppServiceConsoleLogs',
    'AppServiceHTTPLogs',
    'AppServiceAppLogs',
    'AppServicePlatformLogs',
  ]),
  // Who read or changed which secret.
  diagnosticSetting('Microsoft.KeyVault/vaults', 'keyVaultName', keyVaultId, ['AuditEvent']),
  // Changes to the account (keys, settings, role assignments): few and cheap. DataPlaneRequests would log every
  // read and write of the bot and cost with its traffic, so it stays off. Resource-specific table CDBControlPlaneRequests.
  diagnosticSetting('Microsoft.DocumentDB/databaseAccounts', 'cosmosName', cosmosId, ['ControlPlaneRequests'], {
    logAnalyticsDestinationType: 'Dedicated',
  }),
  {
    type: 'Microsoft.BotService/botServices',
    apiVersion: API.bot,
    condition: "[variables('identityChecked')]",
    name: "[variables('botName')]",
    location: 'global',
    kind: 'azurebot',
    sku: { name: "[parameters('botSku')]" },
    properties: {
      displayName: 'Mødebot',
      endpoint: "[format('{0}/api/messages', variables('publicUrl'))]",
      msaAppId: `[${botAppIdExpr}]`,
      msaAppType: "[parameters('microsoftAppType')]",
      msaAppTenantId: "[parameters('microsoftAppTenantId')]",
      msaAppMSIResourceId: `[if(variables('isMsi'), ${identityId.slice(1, -1)}, json('null'))]`,
      // Only Microsoft Entra ID authenticates to the bot resource: no channel secrets or keys (Teams needs none).
      // Supported by this API version (2022-09-15).
      disableLocalAuth: true,
    },
    dependsOn: [identityId],
  },
  {
    type: 'Microsoft.BotService/botServices/channels',
    apiVersion: API.bot,
    name: "[format('{0}/{1}', variables('botName'), 'MsTeamsChannel')]",
    location: 'global',
    properties: { channelName: 'MsTeamsChannel', properties: { isEnabled: true, acceptedTerms: true } },
    dependsOn: ["[resourceId('Microsoft.BotService/botServices', variables('botName'))]"],
  },
];

const outputs = {
  botEndpoint: { type: 'string', value: "[format('{0}/api/messages', variables('publicUrl'))]" },
  webAppName: { type: 'string', value: "[variables('siteName')]" },
  publicBaseUrl: { type: 'string', value: "[variables('publicUrl')]" },
  botAppId: { type: 'string', value: `[${botAppIdExpr}]` },
  cosmosEndpoint: { type: 'string', value: `[reference(${cosmosId.slice(1, -1)}, '${API.cosmos}').documentEndpoint]` },
  keyVaultName: { type: 'string', value: "[variables('keyVaultName')]" },
};

export const existingGroupTemplate = {
  $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
  contentVersion: '1.0.0.0',
  metadata: {
    description:
      'Mødebot in an existing resource group: App Service (Linux, Node 22), Azure Bot with the Teams channel, Cosmos DB, managed identity, Key Vault, Application Insights.',
  },
  parameters,
  variables,
  resources,
  outputs,
};

/** Subscription scope: creates the resource group, then deploys the template above into it (nested, inner scope). */
export const newGroupTemplate = {
  $schema: 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#',
  contentVersion: '1.0.0.0',
  metadata: { description: 'Mødebot in a new resource group: creates the group, then the same resources as azuredeploy.json.' },
  parameters: {
    resourceGroupName: { type: 'string', metadata: { description: 'Name of the resource group to create.' } },
    location: { type: 'string', metadata: { description: 'Azure region of the resource group and its resources.' } },
    ...Object.fromEntries(Object.entries(parameters).filter(([name]) => name !== 'location')),
  },
  // The same check as inside, here too: without it the resource group would be created before the nested deployment fails.
  variables: { identityChecked: identityCheck },
  resources: [
    {
      type: 'Microsoft.Resources/resourceGroups',
      apiVersion: API.resources,
      name: "[parameters('resourceGroupName')]",
      location: "[parameters('location')]",
    },
    {
      type: 'Microsoft.Resources/deployments',
      apiVersion: API.resources,
      name: 'moedebot',
      condition: "[variables('identityChecked')]",
      resourceGroup: "[parameters('resourceGroupName')]",
      dependsOn: ["[subscriptionResourceId('Microsoft.Resources/resourceGroups', parameters('resourceGroupName'))]"],
      properties: {
        mode: 'Incremental',
        expressionEvaluationOptions: { scope: 'inner' },
        parameters: Object.fromEntries(Object.keys(parameters).map((name) => [name, { value: `[parameters('${name}')]` }])),
        template: existingGroupTemplate,
      },
    },
  ],
  outputs: Object.fromEntries(
    Object.keys(outputs).map((name) => [name, { type: 'string', value: `[reference('moedebot').outputs.${name}.value]` }]),
  ),
};

const parametersFile = (values: Record<string, unknown>) => ({
  $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
  contentVersion: '1.0.0.0',
  parameters: Object.fromEntries(Object.entries(values).map(([name, value]) => [name, { value }])),
});

const example = {
  appName: 'moedebotkl',
  microsoftAppType: 'SingleTenant',
  microsoftAppId: '00000000-0000-0000-0000-000000000000',
  // No microsoftAppPassword here: secrets go on the command line, never into a file.
  organiserIds: '',
};

export const files: Record<string, unknown> = {
  'azuredeploy.json': existingGroupTemplate,
  'azuredeploy.parameters.json': parametersFile(example),
  'azuredeploy.newResourceGroup.json': newGroupTemplate,
  'azuredeploy.newResourceGroup.parameters.json': parametersFile({
    resourceGroupName: 'rg-moedebot',
    location: 'swedencentral',
    ...example,
  }),
};

if (require.main === module) {
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(path.join(projectRoot, 'deploymentTemplates', name), `${JSON.stringify(content, null, 2)}\n`);
  }
  console.log(`Wrote ${Object.keys(files).join(', ')} in deploymentTemplates/`);
}
