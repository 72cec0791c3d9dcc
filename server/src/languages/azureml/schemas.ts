/**
 * The bundled Azure ML schemas: one JSON Schema (draft-07) per kind in
 * `schemas/azureml/<kind>.schema.json`, shared definitions in `schemas/azureml/common.schema.json`.
 * Written for Bulwark from the Azure ML CLI v2 YAML reference (one reference page per kind) and
 * checked against the Azure/azureml-examples corpus (`scripts/corpus-azureml.ts`); they are not
 * copies of the official schemas, which lived on the retired `azuremlschemas.azureedge.net` CDN.
 *
 * Conventions (keep them when editing the JSON):
 *  - every property has a one-line `description`; enums list the documented values; `default`
 *    where the service documents one. Hover and completion read these fields directly.
 *  - files are plain draft-07; validate.ts rewrites `type` (lenient: quoted scalars, empty values,
 *    `${{…}}` bindings) and `enum`/`const` (case-insensitive) before compiling with ajv.
 *  - reference-or-inline values (environment, model, component, trial, create_job) are
 *    `if: {type: string} then: {type: string} else: <mapping>`; pipeline steps are an `allOf` of
 *    `if`/`then` on `type:`. Avoid `anyOf`/`oneOf`: their errors read badly.
 *  - `additionalProperties: false` wherever the CLI raises on unknown fields; open where the CLI
 *    passes keys through (pipeline `settings`, `custom` connection credentials) or is young or
 *    lenient (fine-tuning/distillation jobs, feature set specs, data indexes, deployment
 *    templates, prompt flow files).
 *  - `name`/`version` are never required at the top level (`az ml … create --name/--version`).
 *  - `$ref`s name `common.schema.json#/definitions/<name>` or `<kind>.schema.json`.
 *  - total size under 400 KB; every kind has a valid and an invalid fixture in
 *    test/fixtures/azureml/ (test/azureml/schemas.test.ts).
 */
import type { AzureMLKind } from './kinds';
import common from '../../../../schemas/azureml/common.schema.json';
import amlComputeSchema from '../../../../schemas/azureml/amlCompute.schema.json';
import automlJobSchema from '../../../../schemas/azureml/automlJob.schema.json';
import azureBlobSchema from '../../../../schemas/azureml/azureBlob.schema.json';
import azureDataLakeGen1Schema from '../../../../schemas/azureml/azureDataLakeGen1.schema.json';
import azureDataLakeGen2Schema from '../../../../schemas/azureml/azureDataLakeGen2.schema.json';
import azureFileSchema from '../../../../schemas/azureml/azureFile.schema.json';
import batchDeploymentSchema from '../../../../schemas/azureml/batchDeployment.schema.json';
import batchEndpointSchema from '../../../../schemas/azureml/batchEndpoint.schema.json';
import commandComponentSchema from '../../../../schemas/azureml/commandComponent.schema.json';
import commandJobSchema from '../../../../schemas/azureml/commandJob.schema.json';
import computeInstanceSchema from '../../../../schemas/azureml/computeInstance.schema.json';
import connectionSchema from '../../../../schemas/azureml/connection.schema.json';
import dataSchema from '../../../../schemas/azureml/data.schema.json';
import dataImportSchema from '../../../../schemas/azureml/dataImport.schema.json';
import dataIndexSchema from '../../../../schemas/azureml/dataIndex.schema.json';
import deploymentTemplateSchema from '../../../../schemas/azureml/deploymentTemplate.schema.json';
import distillationJobSchema from '../../../../schemas/azureml/distillationJob.schema.json';
import environmentSchema from '../../../../schemas/azureml/environment.schema.json';
import featureSetSchema from '../../../../schemas/azureml/featureSet.schema.json';
import featureSetSpecSchema from '../../../../schemas/azureml/featureSetSpec.schema.json';
import featureStoreSchema from '../../../../schemas/azureml/featureStore.schema.json';
import featureStoreEntitySchema from '../../../../schemas/azureml/featureStoreEntity.schema.json';
import finetuningJobSchema from '../../../../schemas/azureml/finetuningJob.schema.json';
import flowSchema from '../../../../schemas/azureml/flow.schema.json';
import hubSchema from '../../../../schemas/azureml/hub.schema.json';
import kubernetesComputeSchema from '../../../../schemas/azureml/kubernetesCompute.schema.json';
import kubernetesOnlineDeploymentSchema from '../../../../schemas/azureml/kubernetesOnlineDeployment.schema.json';
import kubernetesOnlineEndpointSchema from '../../../../schemas/azureml/kubernetesOnlineEndpoint.schema.json';
import managedOnlineDeploymentSchema from '../../../../schemas/azureml/managedOnlineDeployment.schema.json';
import managedOnlineEndpointSchema from '../../../../schemas/azureml/managedOnlineEndpoint.schema.json';
import modelSchema from '../../../../schemas/azureml/model.schema.json';
import modelBatchDeploymentSchema from '../../../../schemas/azureml/modelBatchDeployment.schema.json';
import modelPackageSchema from '../../../../schemas/azureml/modelPackage.schema.json';
import monitorScheduleSchema from '../../../../schemas/azureml/monitorSchedule.schema.json';
import oneLakeSchema from '../../../../schemas/azureml/oneLake.schema.json';
import parallelComponentSchema from '../../../../schemas/azureml/parallelComponent.schema.json';
import pipelineComponentSchema from '../../../../schemas/azureml/pipelineComponent.schema.json';
import pipelineComponentBatchDeploymentSchema from '../../../../schemas/azureml/pipelineComponentBatchDeployment.schema.json';
import pipelineJobSchema from '../../../../schemas/azureml/pipelineJob.schema.json';
import projectSchema from '../../../../schemas/azureml/project.schema.json';
import promptflowConnectionSchema from '../../../../schemas/azureml/promptflowConnection.schema.json';
import promptflowFlowSchema from '../../../../schemas/azureml/promptflowFlow.schema.json';
import promptflowRunSchema from '../../../../schemas/azureml/promptflowRun.schema.json';
import registrySchema from '../../../../schemas/azureml/registry.schema.json';
import scheduleSchema from '../../../../schemas/azureml/schedule.schema.json';
import serverlessEndpointSchema from '../../../../schemas/azureml/serverlessEndpoint.schema.json';
import sparkComponentSchema from '../../../../schemas/azureml/sparkComponent.schema.json';
import sparkJobSchema from '../../../../schemas/azureml/sparkJob.schema.json';
import sweepJobSchema from '../../../../schemas/azureml/sweepJob.schema.json';
import synapseSparkComputeSchema from '../../../../schemas/azureml/synapseSparkCompute.schema.json';
import vmComputeSchema from '../../../../schemas/azureml/vmCompute.schema.json';
import workspaceSchema from '../../../../schemas/azureml/workspace.schema.json';

export type JsonSchema = Record<string, unknown>;

/** The shared definitions (`common.schema.json`). */
export const COMMON_SCHEMA: JsonSchema = common as JsonSchema;

/** One schema per kind (`schemas/azureml/<kind>.schema.json`). */
export const KIND_SCHEMAS: Readonly<Record<AzureMLKind, JsonSchema>> = {
  amlCompute: amlComputeSchema as JsonSchema,
  automlJob: automlJobSchema as JsonSchema,
  azureBlob: azureBlobSchema as JsonSchema,
  azureDataLakeGen1: azureDataLakeGen1Schema as JsonSchema,
  azureDataLakeGen2: azureDataLakeGen2Schema as JsonSchema,
  azureFile: azureFileSchema as JsonSchema,
  batchDeployment: batchDeploymentSchema as JsonSchema,
  batchEndpoint: batchEndpointSchema as JsonSchema,
  commandComponent: commandComponentSchema as JsonSchema,
  commandJob: commandJobSchema as JsonSchema,
  computeInstance: computeInstanceSchema as JsonSchema,
  connection: connectionSchema as JsonSchema,
  data: dataSchema as JsonSchema,
  dataImport: dataImportSchema as JsonSchema,
  dataIndex: dataIndexSchema as JsonSchema,
  deploymentTemplate: deploymentTemplateSchema as JsonSchema,
  distillationJob: distillationJobSchema as JsonSchema,
  environment: environmentSchema as JsonSchema,
  featureSet: featureSetSchema as JsonSchema,
  featureSetSpec: featureSetSpecSchema as JsonSchema,
  featureStore: featureStoreSchema as JsonSchema,
  featureStoreEntity: featureStoreEntitySchema as JsonSchema,
  finetuningJob: finetuningJobSchema as JsonSchema,
  flow: flowSchema as JsonSchema,
  hub: hubSchema as JsonSchema,
  kubernetesCompute: kubernetesComputeSchema as JsonSchema,
  kubernetesOnlineDeployment: kubernetesOnlineDeploymentSchema as JsonSchema,
  kubernetesOnlineEndpoint: kubernetesOnlineEndpointSchema as JsonSchema,
  managedOnlineDeployment: managedOnlineDeploymentSchema as JsonSchema,
  managedOnlineEndpoint: managedOnlineEndpointSchema as JsonSchema,
  model: modelSchema as JsonSchema,
  modelBatchDeployment: modelBatchDeploymentSchema as JsonSchema,
  modelPackage: modelPackageSchema as JsonSchema,
  monitorSchedule: monitorScheduleSchema as JsonSchema,
  oneLake: oneLakeSchema as JsonSchema,
  parallelComponent: parallelComponentSchema as JsonSchema,
  pipelineComponent: pipelineComponentSchema as JsonSchema,
  pipelineComponentBatchDeployment: pipelineComponentBatchDeploymentSchema as JsonSchema,
  pipelineJob: pipelineJobSchema as JsonSchema,
  project: projectSchema as JsonSchema,
  promptflowConnection: promptflowConnectionSchema as JsonSchema,
  promptflowFlow: promptflowFlowSchema as JsonSchema,
  promptflowRun: promptflowRunSchema as JsonSchema,
  registry: registrySchema as JsonSchema,
  schedule: scheduleSchema as JsonSchema,
  serverlessEndpoint: serverlessEndpointSchema as JsonSchema,
  sparkComponent: sparkComponentSchema as JsonSchema,
  sparkJob: sparkJobSchema as JsonSchema,
  sweepJob: sweepJobSchema as JsonSchema,
  synapseSparkCompute: synapseSparkComputeSchema as JsonSchema,
  vmCompute: vmComputeSchema as JsonSchema,
  workspace: workspaceSchema as JsonSchema,
};

/** Every schema by `$id`, and by file name (how `$ref`s name them). */
export const SCHEMAS_BY_ID: ReadonlyMap<string, JsonSchema> = (() => {
  const m = new Map<string, JsonSchema>();
  for (const s of [COMMON_SCHEMA, ...Object.values(KIND_SCHEMAS)]) {
    const id = typeof s['$id'] === 'string' ? s['$id'] : '';
    m.set(id, s);
    m.set(id.slice(id.lastIndexOf('/') + 1), s);
  }
  return m;
})();
