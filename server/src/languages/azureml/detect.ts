/**
 * Is this YAML document an Azure ML (CLI v2) file, and of which kind?
 *
 * First by `$schema` (the last URL segment names the kind, whatever the host), then by
 * `type:` and distinctive keys. Runs on every YAML file, so it only looks at the top-level
 * keys of the already-parsed first document (plus, for a few kinds, one level deeper),
 * and bails out early on the common non-Azure-ML shapes (GitHub workflows, conda files,
 * MLflow files, Kubernetes manifests, docker-compose, Azure Pipelines).
 */
import { AZUREML_KINDS, type AzureMLKind } from './kinds';

export { AZUREML_KINDS, kindInfo, isAzureMLKind, type AzureMLKind, type AzureMLKindInfo } from './kinds';

export interface AzureMLDetection {
  readonly kind: AzureMLKind;
  readonly by: 'schema' | 'content';
}

type Obj = Record<string, unknown>;

/** lower-cased `$schema` file name → kind (prompt flow names are looked up separately). */
const SCHEMA_FILE_TO_KIND = new Map<string, AzureMLKind>();
const PROMPTFLOW_FILE_TO_KIND = new Map<string, AzureMLKind>();
for (const info of AZUREML_KINDS) {
  const target = info.group === 'promptflow' ? PROMPTFLOW_FILE_TO_KIND : SCHEMA_FILE_TO_KIND;
  for (const f of info.schemaFiles) {
    const key = f.toLowerCase();
    if (!target.has(key)) target.set(key, info.id);
  }
}

/** File names too generic to trust without an Azure ML looking URL. */
const GENERIC_FILES = new Set([
  'data.schema.json',
  'data.json',
  'model.schema.json',
  'model.json',
  'environment.schema.json',
  'environment.json',
  'schedule.schema.json',
  'schedule.json',
  'workspace.schema.json',
  'workspace.json',
  'connection.schema.json',
  'connection.json',
  'registry.schema.json',
  'registry.json',
  'flow.schema.json',
  'hub.schema.json',
  'hub.json',
  'project.schema.json',
  'project.json',
  'onelake.json',
  'azureblob.json',
  'azurefile.json',
]);

/** The kind a `$schema` URL names, or undefined when it is not an Azure ML schema. */
export function kindFromSchemaUrl(url: string): AzureMLKind | undefined {
  if (typeof url !== 'string' || url.length === 0 || url.length > 2048) return undefined;
  let u = url.trim();
  const cut = u.search(/[?#]/);
  if (cut >= 0) u = u.slice(0, cut);
  const slash = Math.max(u.lastIndexOf('/'), u.lastIndexOf('\\'));
  const file = u.slice(slash + 1).toLowerCase();
  if (!file.endsWith('.json')) return undefined;
  const lowerUrl = u.toLowerCase();
  const amlish = lowerUrl.includes('azureml');
  if (lowerUrl.includes('/promptflow/')) {
    if (!amlish) return undefined;
    const pf = PROMPTFLOW_FILE_TO_KIND.get(file);
    if (pf) return pf;
    if (file.endsWith('connection.schema.json')) return 'promptflowConnection';
    return undefined;
  }
  const kind = SCHEMA_FILE_TO_KIND.get(file);
  if (!kind) return undefined;
  if (!amlish && GENERIC_FILES.has(file)) return undefined;
  return kind;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function has(o: Obj, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key) && o[key] !== undefined;
}

function lowerStr(v: unknown): string | undefined {
  return typeof v === 'string' ? v.trim().toLowerCase() : undefined;
}

/** Refine a kind chosen by `$schema` with what the document says (hub/project, monitor schedules). */
function refine(kind: AzureMLKind, root: Obj): AzureMLKind {
  if (kind === 'workspace') {
    const wk = lowerStr(root['kind']);
    if (wk === 'hub') return 'hub';
    if (wk === 'project') return 'project';
    if (wk === 'featurestore') return 'featureStore';
  }
  if (kind === 'schedule' && has(root, 'create_monitor')) return 'monitorSchedule';
  return kind;
}

const JOB_TYPES = new Set(['command', 'sweep', 'pipeline', 'spark', 'automl', 'parallel']);
const COMPUTE_TYPES: Record<string, AzureMLKind> = {
  amlcompute: 'amlCompute',
  computeinstance: 'computeInstance',
  virtualmachine: 'vmCompute',
  synapsespark: 'synapseSparkCompute',
};
const DATASTORE_TYPES: Record<string, AzureMLKind> = {
  azure_blob: 'azureBlob',
  azure_file: 'azureFile',
  azure_data_lake_gen1: 'azureDataLakeGen1',
  azure_data_lake_gen2: 'azureDataLakeGen2',
  one_lake: 'oneLake',
};
const CONNECTION_TYPES = new Set([
  'git',
  'container_registry',
  'python_feed',
  's3',
  'snowflake',
  'azure_sql_db',
  'azure_synapse_analytics',
  'azure_my_sql_db',
  'azure_postgres_db',
  'azure_blob',
  'azure_data_lake_gen2',
  'azure_one_lake',
  'azure_open_ai',
  'azure_ai_services',
  'azure_ai_search',
  'azure_content_safety',
  'azure_speech_services',
  'open_ai',
  'serp',
  'serverless',
  'api_key',
  'custom',
  'custom_keys',
  'cognitive_search',
  'cognitive_service',
  'azure_databricks',
]);
const CONNECTION_SIGNALS = ['target', 'credentials', 'api_key', 'endpoint', 'azure_endpoint', 'url', 'api_base'];
const WORKSPACE_ONLY_KEYS = [
  'hbi_workspace',
  'customer_managed_key',
  'storage_account',
  'key_vault',
  'container_registry',
  'application_insights',
  'image_build_compute',
  'primary_user_assigned_identity',
  'hub_id',
  'system_datastores_auth_mode',
  'enable_data_isolation',
];
const ONLINE_DEPLOYMENT_KEYS = [
  'request_settings',
  'liveness_probe',
  'readiness_probe',
  'egress_public_network_access',
  'app_insights_enabled',
  'data_collector',
  'model_mount_path',
  'scale_settings',
];
const BATCH_DEPLOYMENT_KEYS = ['mini_batch_size', 'output_action', 'retry_settings', 'error_threshold', 'max_concurrency_per_instance', 'output_file_name'];

function hasAny(o: Obj, keys: readonly string[]): boolean {
  for (const k of keys) if (has(o, k)) return true;
  return false;
}

/** True when the path lies under a `.github` folder (workflows, actions, templates). */
function underGithub(path: string): boolean {
  const p = path.replace(/\\/g, '/');
  return p.startsWith('.github/') || p.includes('/.github/');
}

/** Common YAML shapes that are definitely not Azure ML documents. */
function isForeign(root: Obj): boolean {
  if (has(root, 'on') && has(root, 'jobs')) return true; // GitHub workflow
  if (has(root, 'runs') && !has(root, 'type')) return true; // GitHub action
  if (typeof root['apiVersion'] === 'string') return true; // Kubernetes manifest
  if (Array.isArray(root['dependencies']) || has(root, 'channels')) return true; // conda
  if (has(root, 'python') && has(root, 'build_dependencies')) return true; // MLflow python_env
  if (hasAny(root, ['artifact_path', 'utc_time_created', 'mlflow_version', 'model_uuid', 'run_id'])) return true; // MLmodel
  if (Array.isArray(root['repos'])) return true; // pre-commit
  if (Array.isArray(root['paths']) && !has(root, 'type')) return true; // MLTable
  if (hasAny(root, ['steps', 'stages', 'pool', 'extends']) && !has(root, 'type')) return true; // Azure Pipelines
  if (isObj(root['services']) && !has(root, 'command')) {
    // docker-compose: services with image/build/ports
    for (const v of Object.values(root['services'])) {
      if (isObj(v) && hasAny(v, ['image', 'build', 'ports', 'volumes', 'depends_on'])) return true;
    }
  }
  return false;
}

/** Job or component? (same `type:` values). */
function looksLikeComponent(root: Obj, type: string): boolean {
  if (hasAny(root, ['compute', 'experiment_name', 'identity', 'services', 'queue_settings', 'limits', 'trial', 'objective'])) return false;
  if (type === 'parallel') return true;
  if (hasAny(root, ['version', 'is_deterministic', 'additional_includes'])) return true;
  const inputs = root['inputs'];
  if (isObj(inputs)) {
    let typed = 0;
    for (const v of Object.values(inputs)) {
      if (!isObj(v)) return false; // literal value: job
      if (has(v, 'path') || has(v, 'value')) return false;
      if (has(v, 'type')) typed++;
    }
    if (typed > 0) return !has(root, 'settings');
  }
  return false;
}

function jobOrComponent(root: Obj, type: string): AzureMLKind | undefined {
  const component = looksLikeComponent(root, type);
  switch (type) {
    case 'command':
      return component ? 'commandComponent' : 'commandJob';
    case 'pipeline':
      return component ? 'pipelineComponent' : 'pipelineJob';
    case 'spark':
      return component ? 'sparkComponent' : 'sparkJob';
    case 'parallel':
      return 'parallelComponent';
    case 'sweep':
      return 'sweepJob';
    case 'automl':
      return 'automlJob';
  }
  return undefined;
}

function workspaceKind(root: Obj): AzureMLKind {
  const wk = lowerStr(root['kind']);
  if (wk === 'hub') return 'hub';
  if (wk === 'project' || has(root, 'hub_id')) return 'project';
  if (wk === 'featurestore') return 'featureStore';
  return 'workspace';
}

function byContent(root: Obj): AzureMLKind | undefined {
  const type = lowerStr(root['type']);

  if (has(root, 'trigger') && hasAny(root, ['create_job', 'import_data', 'create_monitor'])) {
    return has(root, 'create_monitor') ? 'monitorSchedule' : 'schedule';
  }
  if (has(root, 'replication_locations')) return 'registry';
  if (hasAny(root, ['offline_store', 'online_store', 'materialization_identity', 'compute_runtime'])) return 'featureStore';
  if (has(root, 'managed_network') && !type) return workspaceKind(root);

  if (type !== undefined) {
    if (type === 'pipeline' && has(root, 'endpoint_name') && hasAny(root, ['component', 'job_definition']) && !has(root, 'jobs')) {
      return 'pipelineComponentBatchDeployment';
    }
    if (JOB_TYPES.has(type)) {
      if (type === 'command' && !has(root, 'command') && !has(root, 'component')) {
        // `type: command` without a command is not a job or component
        return undefined;
      }
      return jobOrComponent(root, type);
    }
    if (type === 'finetuning') return 'finetuningJob';
    if (type === 'distillation') return 'distillationJob';
    const compute = COMPUTE_TYPES[type];
    if (compute) return compute;
    if (type === 'kubernetes') {
      if (hasAny(root, ['resource_id', 'namespace']) && !has(root, 'endpoint_name')) return 'kubernetesCompute';
      if (hasAny(root, ['endpoint_name', 'model', 'instance_type', 'code_configuration', 'environment', ...ONLINE_DEPLOYMENT_KEYS])) {
        return 'kubernetesOnlineDeployment';
      }
      return undefined;
    }
    if (type === 'managed' && hasAny(root, ['endpoint_name', 'model', 'instance_type', 'instance_count', 'environment'])) {
      return 'managedOnlineDeployment';
    }
    const datastore = DATASTORE_TYPES[type];
    if (datastore && hasAny(root, ['account_name', 'store_name', 'one_lake_workspace_name', 'container_name', 'file_share_name', 'filesystem'])) {
      return datastore;
    }
    if (CONNECTION_TYPES.has(type) && hasAny(root, CONNECTION_SIGNALS)) return 'connection';
    if (type === 'uri_file' || type === 'uri_folder' || type === 'mltable') {
      const source = root['source'];
      if (isObj(source) && hasAny(source, ['connection', 'query'])) return 'dataImport';
      if (hasAny(root, ['index', 'embedding'])) return 'dataIndex';
      if (has(root, 'path') && has(root, 'name')) return 'data';
      return undefined;
    }
    if ((type === 'custom_model' || type === 'mlflow_model' || type === 'triton_model') && has(root, 'path') && has(root, 'name')) {
      return 'model';
    }
    if (type === 'model' || type === 'pipeline') {
      // (pipeline already handled above as a job type)
      if (hasAny(root, ['endpoint_name', 'compute', 'settings', 'code_configuration', 'model'])) return 'modelBatchDeployment';
      return undefined;
    }
    return undefined;
  }

  // no `type:`
  const hasCommand = has(root, 'command');
  if (!hasCommand) {
    if (hasAny(root, BATCH_DEPLOYMENT_KEYS) && hasAny(root, ['endpoint_name', 'model', 'compute', 'code_configuration'])) return 'batchDeployment';
    if (has(root, 'endpoint_name') && has(root, 'compute') && !hasAny(root, ['instance_type', ...ONLINE_DEPLOYMENT_KEYS])) return 'batchDeployment';
    if (
      has(root, 'endpoint_name') ||
      (has(root, 'instance_type') && has(root, 'instance_count') && hasAny(root, ['model', 'environment', 'code_configuration', 'name'])) ||
      hasAny(root, ONLINE_DEPLOYMENT_KEYS)
    ) {
      const res = root['resources'];
      if (isObj(res) && hasAny(res, ['requests', 'limits'])) return 'kubernetesOnlineDeployment';
      return 'managedOnlineDeployment';
    }
  }
  if (hasAny(root, ['target_environment', 'inferencing_server'])) return 'modelPackage';
  if (typeof root['flow'] === 'string' && hasAny(root, ['data', 'column_mapping', 'run'])) return 'promptflowRun';
  if (Array.isArray(root['nodes']) && (has(root, 'inputs') || has(root, 'outputs'))) return 'promptflowFlow';
  const source = root['source'];
  if (isObj(source) && hasAny(source, ['connection', 'query']) && has(root, 'path')) return 'dataImport';

  if (typeof root['model_id'] === 'string' && !hasAny(root, ['traffic', 'mirror_traffic', 'compute', 'command', 'jobs', 'path'])) return 'serverlessEndpoint';
  if (!hasCommand && hasAny(root, ['auth_mode', 'traffic', 'mirror_traffic']) && !hasAny(root, WORKSPACE_ONLY_KEYS)) {
    if (has(root, 'compute')) return 'kubernetesOnlineEndpoint';
    const auth = lowerStr(root['auth_mode']);
    if (auth === 'aad_token' && !hasAny(root, ['traffic', 'mirror_traffic', 'identity', 'public_network_access'])) return 'batchEndpoint';
    return 'managedOnlineEndpoint';
  }
  if (isObj(root['defaults']) && has(root['defaults'] as Obj, 'deployment_name')) return 'batchEndpoint';

  if (hasAny(root, ['image', 'build']) && hasAny(root, ['name', 'conda_file', 'inference_config', 'os_type']) && !hasCommand) {
    if (typeof root['image'] === 'string' || isObj(root['build'])) return 'environment';
  }
  if (hasCommand && hasAny(root, ['environment', 'compute', 'code'])) return 'commandJob';
  if (isObj(root['jobs']) && hasAny(root, ['settings', 'inputs', 'outputs', 'experiment_name'])) return 'pipelineJob';
  if (has(root, 'sampling_algorithm') && has(root, 'trial') && has(root, 'search_space')) return 'sweepJob';
  if (has(root, 'task') && has(root, 'training_data') && !has(root, 'model_provider')) return 'automlJob';
  if (hasAny(root, WORKSPACE_ONLY_KEYS)) return workspaceKind(root);
  if (has(root, 'specification') && has(root, 'entities')) return 'featureSet';
  if (Array.isArray(root['index_columns'])) {
    if (hasAny(root, ['features', 'source'])) return 'featureSetSpec';
    if (has(root, 'name')) return 'featureStoreEntity';
  }
  return undefined;
}

/**
 * Classify a YAML document. `root` is the first YAML document as a JS value (may be
 * anything). `text`, when given, lets a `# yaml-language-server: $schema=<url>` modeline
 * stand in for a `$schema` key. Never throws.
 */
export function detectAzureML(path: string, root: unknown, text?: string): AzureMLDetection | undefined {
  try {
    if (!isObj(root)) return undefined;
    const schema = root['$schema'];
    if (typeof schema === 'string') {
      const kind = kindFromSchemaUrl(schema);
      if (kind) return { kind: refine(kind, root), by: 'schema' };
    } else if (typeof text === 'string') {
      const modeline = modelineSchema(text);
      if (modeline) {
        const kind = kindFromSchemaUrl(modeline);
        if (kind) return { kind: refine(kind, root), by: 'schema' };
      }
    }
    if (typeof path === 'string' && underGithub(path)) return undefined;
    if (isForeign(root)) return undefined;
    const kind = byContent(root);
    return kind ? { kind, by: 'content' } : undefined;
  } catch {
    return undefined;
  }
}

/** `# yaml-language-server: $schema=<url>` in the first lines of the text. */
export function modelineSchema(text: string): string | undefined {
  const head = text.length > 4096 ? text.slice(0, 4096) : text;
  const m = /#\s{0,8}yaml-language-server\s{0,8}:\s{0,8}\$schema\s{0,8}=\s{0,8}(\S{1,2048})/.exec(head);
  return m ? m[1] : undefined;
}
