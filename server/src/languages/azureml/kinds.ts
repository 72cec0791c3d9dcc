/**
 * The Azure ML (CLI v2) document kinds Bulwark knows, with the `$schema` file names that
 * name them. The file name (last path segment of `$schema`, compared case-insensitively)
 * is what identifies a kind: the CDN host that served the official schemas is gone, and
 * real files point at several hosts (`azuremlschemas.azureedge.net/latest/`,
 * `azuremlsdk2.blob.core.windows.net/…`, the pseudo-host `http://azureml/sdk-2-0/`).
 */

export type AzureMLKind =
  // jobs
  | 'commandJob'
  | 'sweepJob'
  | 'pipelineJob'
  | 'sparkJob'
  | 'automlJob'
  | 'finetuningJob'
  | 'distillationJob'
  // components
  | 'commandComponent'
  | 'pipelineComponent'
  | 'sparkComponent'
  | 'parallelComponent'
  // endpoints and deployments
  | 'managedOnlineEndpoint'
  | 'kubernetesOnlineEndpoint'
  | 'managedOnlineDeployment'
  | 'kubernetesOnlineDeployment'
  | 'batchEndpoint'
  | 'batchDeployment'
  | 'modelBatchDeployment'
  | 'pipelineComponentBatchDeployment'
  | 'serverlessEndpoint'
  // assets
  | 'environment'
  | 'data'
  | 'model'
  | 'dataImport'
  | 'dataIndex'
  | 'modelPackage'
  | 'flow'
  // computes
  | 'amlCompute'
  | 'computeInstance'
  | 'vmCompute'
  | 'kubernetesCompute'
  | 'synapseSparkCompute'
  // workspaces
  | 'workspace'
  | 'hub'
  | 'project'
  | 'featureStore'
  | 'featureSet'
  | 'featureSetSpec'
  | 'featureStoreEntity'
  // datastores
  | 'azureBlob'
  | 'azureFile'
  | 'azureDataLakeGen1'
  | 'azureDataLakeGen2'
  | 'oneLake'
  // others
  | 'connection'
  | 'registry'
  | 'schedule'
  | 'monitorSchedule'
  | 'deploymentTemplate'
  // prompt flow (pf CLI; schemas under azuremlschemas…/promptflow/latest/)
  | 'promptflowFlow'
  | 'promptflowRun'
  | 'promptflowConnection';

export type AzureMLKindGroup =
  | 'job'
  | 'component'
  | 'endpoint'
  | 'deployment'
  | 'asset'
  | 'compute'
  | 'workspace'
  | 'feature-store'
  | 'datastore'
  | 'connection'
  | 'registry'
  | 'schedule'
  | 'promptflow';

export interface AzureMLKindInfo {
  readonly id: AzureMLKind;
  /** Human name used in messages ("unknown key 'x' in managed online deployment"). */
  readonly label: string;
  readonly group: AzureMLKindGroup;
  /** `$schema` file names (last URL segment) that select this kind; first = canonical. */
  readonly schemaFiles: readonly string[];
  /** The `$schema` URL to offer in completion; undefined when Azure ML publishes none. */
  readonly canonicalSchemaUrl: string | undefined;
  /** The value(s) of `type:` this kind carries (first = the one to suggest), if any. */
  readonly typeValues: readonly string[];
  readonly description: string;
}

const LATEST = 'https://azuremlschemas.azureedge.net/latest/';
const SDK20 = 'http://azureml/sdk-2-0/';
const PF = 'https://azuremlschemas.azureedge.net/promptflow/latest/';

function k(
  id: AzureMLKind,
  label: string,
  group: AzureMLKindGroup,
  schemaFiles: readonly string[],
  typeValues: readonly string[],
  description: string,
  base: string | null = LATEST,
): AzureMLKindInfo {
  // the pseudo-host serves `<Name>.json`; the CDN serves `<name>.schema.json`
  const first = base === SDK20 ? (schemaFiles.find((f) => !f.endsWith('.schema.json')) ?? schemaFiles[0]) : schemaFiles[0];
  return {
    id,
    label,
    group,
    schemaFiles,
    canonicalSchemaUrl: first && base !== null ? base + first : undefined,
    typeValues,
    description,
  };
}

export const AZUREML_KINDS: readonly AzureMLKindInfo[] = [
  k('commandJob', 'command job', 'job', ['commandJob.schema.json', 'CommandJob.json'], ['command'], 'A command job: runs a command in an environment on a compute target.'),
  k('sweepJob', 'sweep job', 'job', ['sweepJob.schema.json', 'SweepJob.json'], ['sweep'], 'A hyperparameter sweep job: runs a trial command over a search space.'),
  k('pipelineJob', 'pipeline job', 'job', ['pipelineJob.schema.json', 'PipelineJob.json'], ['pipeline'], 'A pipeline job: a graph of steps (jobs or components) run together.'),
  k('sparkJob', 'Spark job', 'job', ['sparkJob.schema.json', 'SparkJob.json'], ['spark'], 'A standalone Spark job on serverless Spark or an attached Synapse pool.'),
  k('automlJob', 'AutoML job', 'job', ['autoMLJob.schema.json', 'AutoMLJob.json', 'automlJob.schema.json'], ['automl'], 'An automated ML job (tabular, forecasting, vision or NLP task).'),
  k('finetuningJob', 'fine-tuning job', 'job', [], ['finetuning'], 'A model fine-tuning job (model as a service or as a platform).', null),
  k('distillationJob', 'distillation job', 'job', [], ['distillation'], 'A model distillation job (teacher endpoint generates data for a student model).', null),

  k('commandComponent', 'command component', 'component', ['commandComponent.schema.json', 'CommandComponent.json'], ['command'], 'A reusable command component with typed inputs and outputs.'),
  k('pipelineComponent', 'pipeline component', 'component', ['pipelineComponent.schema.json', 'PipelineComponent.json'], ['pipeline'], 'A reusable pipeline component: a graph of steps with typed inputs and outputs.'),
  k('sparkComponent', 'Spark component', 'component', ['sparkComponent.schema.json', 'SparkComponent.json'], ['spark'], 'A reusable Spark component.'),
  k('parallelComponent', 'parallel component', 'component', ['parallelComponent.schema.json', 'ParallelComponent.json'], ['parallel'], 'A parallel (batch) component that splits its input into mini-batches.'),

  k('managedOnlineEndpoint', 'managed online endpoint', 'endpoint', ['managedOnlineEndpoint.schema.json', 'ManagedOnlineEndpoint.json'], [], 'A managed online (real-time) endpoint.'),
  k('kubernetesOnlineEndpoint', 'Kubernetes online endpoint', 'endpoint', ['kubernetesOnlineEndpoint.schema.json', 'KubernetesOnlineEndpoint.json'], [], 'An online endpoint on an attached Kubernetes compute.'),
  k('managedOnlineDeployment', 'managed online deployment', 'deployment', ['managedOnlineDeployment.schema.json', 'ManagedOnlineDeployment.json'], ['managed'], 'A deployment behind a managed online endpoint.'),
  k('kubernetesOnlineDeployment', 'Kubernetes online deployment', 'deployment', ['kubernetesOnlineDeployment.schema.json', 'KubernetesOnlineDeployment.json'], ['kubernetes'], 'A deployment behind a Kubernetes online endpoint.'),
  k('batchEndpoint', 'batch endpoint', 'endpoint', ['batchEndpoint.schema.json', 'BatchEndpoint.json'], [], 'A batch endpoint.'),
  k('batchDeployment', 'batch deployment', 'deployment', ['batchDeployment.schema.json', 'BatchDeployment.json'], ['model', 'pipeline'], 'A batch deployment (model or pipeline component; legacy model form keeps settings at the root).'),
  k('modelBatchDeployment', 'model batch deployment', 'deployment', ['modelBatchDeployment.schema.json', 'ModelBatchDeployment.json'], ['model'], 'A batch deployment of a model with a scoring script.'),
  k('pipelineComponentBatchDeployment', 'pipeline component batch deployment', 'deployment', ['pipelineComponentBatchDeployment.schema.json', 'PipelineComponentBatchDeployment.json'], ['pipeline'], 'A batch deployment of a pipeline component.'),
  k('serverlessEndpoint', 'serverless endpoint', 'endpoint', ['serverlessEndpoint.schema.json', 'ServerlessEndpoint.json'], [], 'A serverless (pay-as-you-go) endpoint for a catalog model.', null),

  k('environment', 'environment', 'asset', ['environment.schema.json', 'Environment.json'], [], 'An environment: a Docker image or build context plus an optional conda file.'),
  k('data', 'data asset', 'asset', ['data.schema.json', 'Data.json'], ['uri_file', 'uri_folder', 'mltable'], 'A data asset (file, folder or MLTable).'),
  k('model', 'model', 'asset', ['model.schema.json', 'Model.json'], ['custom_model', 'mlflow_model', 'triton_model'], 'A registered model.'),
  k('dataImport', 'data import', 'asset', ['dataImport.schema.json', 'DataImport.json'], ['mltable', 'uri_folder'], 'A data import from a database or file system connection into a data asset.', SDK20),
  k('dataIndex', 'data index', 'asset', ['dataIndex.schema.json', 'DataIndex.json'], ['uri_folder'], 'A vector index built from source data (RAG).', SDK20),
  k('modelPackage', 'model package', 'asset', ['modelVersionPackage.schema.json', 'ModelVersionPackage.json', 'modelPackage.schema.json'], [], 'A model package: a model packaged with its environment for deployment.', SDK20),
  k('flow', 'flow', 'asset', ['flow.schema.json'], ['standard', 'chat', 'evaluation'], 'A prompt flow registered as an Azure ML asset.'),

  k('amlCompute', 'compute cluster', 'compute', ['amlCompute.schema.json', 'AmlCompute.json'], ['amlcompute'], 'An Azure ML compute cluster.'),
  k('computeInstance', 'compute instance', 'compute', ['computeInstance.schema.json', 'ComputeInstance.json'], ['computeinstance'], 'An Azure ML compute instance.'),
  k('vmCompute', 'attached virtual machine', 'compute', ['vmCompute.schema.json', 'VirtualMachineCompute.json'], ['virtualmachine'], 'An attached virtual machine compute.'),
  k('kubernetesCompute', 'attached Kubernetes compute', 'compute', ['kubernetesCompute.schema.json', 'KubernetesCompute.json'], ['kubernetes'], 'An attached Kubernetes (AKS or Arc) compute.'),
  k('synapseSparkCompute', 'attached Synapse Spark pool', 'compute', ['synapseSparkCompute.schema.json', 'SynapseSparkCompute.json'], ['synapsespark'], 'An attached Synapse Spark pool.', null),

  k('workspace', 'workspace', 'workspace', ['workspace.schema.json', 'Workspace.json'], [], 'An Azure ML workspace.'),
  k('hub', 'hub workspace', 'workspace', ['hub.schema.json', 'Hub.json'], [], 'An Azure AI hub (workspace with kind: hub).', null),
  k('project', 'project workspace', 'workspace', ['project.schema.json', 'Project.json'], [], 'An Azure AI project (workspace with kind: project and hub_id).', null),
  k('featureStore', 'feature store', 'feature-store', ['featureStore.schema.json', 'FeatureStore.json'], [], 'A feature store (a workspace of kind featurestore).', SDK20),
  k('featureSet', 'feature set', 'feature-store', ['featureSet.schema.json', 'FeatureSet.json', 'Featureset.json'], [], 'A feature set registered in a feature store.', SDK20),
  k('featureSetSpec', 'feature set specification', 'feature-store', ['featureSetSpec.schema.json', 'FeatureSetSpec.json', 'FeaturesetSpec.json'], [], 'A feature set specification (FeatureSetSpec.yaml).', SDK20),
  k('featureStoreEntity', 'feature store entity', 'feature-store', ['featureStoreEntity.schema.json', 'FeaturestoreEntity.json', 'FeatureStoreEntity.json'], [], 'A feature store entity (index columns shared by feature sets).', SDK20),

  k('azureBlob', 'Azure Blob datastore', 'datastore', ['azureBlob.schema.json', 'AzureBlob.json'], ['azure_blob'], 'A datastore pointing to an Azure Blob container.'),
  k('azureFile', 'Azure Files datastore', 'datastore', ['azureFile.schema.json', 'AzureFile.json'], ['azure_file'], 'A datastore pointing to an Azure file share.'),
  k('azureDataLakeGen1', 'ADLS Gen1 datastore', 'datastore', ['azureDataLakeGen1.schema.json', 'AzureDataLakeGen1.json'], ['azure_data_lake_gen1'], 'A datastore pointing to an Azure Data Lake Storage Gen1 account.'),
  k('azureDataLakeGen2', 'ADLS Gen2 datastore', 'datastore', ['azureDataLakeGen2.schema.json', 'AzureDataLakeGen2.json'], ['azure_data_lake_gen2'], 'A datastore pointing to an Azure Data Lake Storage Gen2 file system.'),
  k('oneLake', 'OneLake datastore', 'datastore', ['oneLake.schema.json', 'OneLake.json'], ['one_lake'], 'A datastore pointing to a Microsoft Fabric OneLake lakehouse.'),

  k('connection', 'connection', 'connection', ['connection.schema.json', 'Connection.json', 'workspaceConnection.schema.json', 'WorkspaceConnection.json'], [], 'A workspace connection (git, registries, storage, databases, AI services…).', SDK20),
  k('registry', 'registry', 'registry', ['registry.schema.json', 'Registry.json'], [], 'An Azure ML registry replicated across regions.'),
  k('schedule', 'schedule', 'schedule', ['schedule.schema.json', 'Schedule.json'], [], 'A schedule that creates a job or a data import on a cron or recurrence trigger.'),
  k('monitorSchedule', 'monitoring schedule', 'schedule', ['monitorSchedule.schema.json'], [], 'A model monitoring schedule (schedule with create_monitor).', null),
  k('deploymentTemplate', 'deployment template', 'registry', ['deploymentTemplate.schema.json', 'DeploymentTemplate.json'], [], 'A deployment template stored in a registry.'),

  k('promptflowFlow', 'prompt flow', 'promptflow', ['Flow.schema.json'], [], 'A prompt flow DAG (flow.dag.yaml).', PF),
  k('promptflowRun', 'prompt flow run', 'promptflow', ['Run.schema.json'], [], 'A prompt flow batch run.', PF),
  k('promptflowConnection', 'prompt flow connection', 'promptflow', ['AzureOpenAIConnection.schema.json', 'OpenAIConnection.schema.json', 'CustomConnection.schema.json', 'AzureAIServicesConnection.schema.json', 'SerpConnection.schema.json', 'CognitiveSearchConnection.schema.json', 'QdrantConnection.schema.json', 'WeaviateConnection.schema.json', 'FormRecognizerConnection.schema.json', 'ServerlessConnection.schema.json'], [], 'A prompt flow connection.', PF),
];

const BY_ID = new Map<AzureMLKind, AzureMLKindInfo>(AZUREML_KINDS.map((i) => [i.id, i]));

export function kindInfo(kind: AzureMLKind): AzureMLKindInfo {
  return BY_ID.get(kind) ?? {
    id: kind,
    label: String(kind),
    group: 'asset',
    schemaFiles: [],
    canonicalSchemaUrl: undefined,
    typeValues: [],
    description: '',
  };
}

export function isAzureMLKind(value: string): value is AzureMLKind {
  return BY_ID.has(value as AzureMLKind);
}

export const JOB_KINDS: ReadonlySet<AzureMLKind> = new Set(
  AZUREML_KINDS.filter((i) => i.group === 'job').map((i) => i.id),
);
