/**
 * Every rule, listed explicitly and alphabetically by id. A meta-test checks that every
 * rule file under this folder is listed here and that the list stays sorted.
 */
import type { Rule } from '../engine/rule';
import { RuleRegistry } from '../engine/registry';
import analysisSkipped from './core/analysis-skipped';
import azuremlSchema from './azureml/azureml-schema';
import invalidConfig from './core/invalid-config';
import syntaxError from './core/syntax-error';
import amlWsPublicNetwork from './bicep/aml-ws-public-network';
import amlComputeLocalAuth from './bicep/aml-compute-local-auth';
import ghaAzureLoginSecret from './pipelines/gha-azure-login-secret';
import ghaBroadPermissions from './pipelines/gha-broad-permissions';
import ghaCheckoutPersistCredentials from './pipelines/gha-checkout-persist-credentials';
import ghaDangerousTriggerCheckout from './pipelines/gha-dangerous-trigger-checkout';
import ghaDeployWithoutEnvironment from './pipelines/gha-deploy-without-environment';
import ghaHardcodedContainerCredentials from './pipelines/gha-hardcoded-container-credentials';
import ghaMissingPermissions from './pipelines/gha-missing-permissions';
import ghaScriptInjection from './pipelines/gha-script-injection';
import ghaSecretsJson from './pipelines/gha-secrets-json';
import ghaUnpinnedAction from './pipelines/gha-unpinned-action';
import ghaUnpinnedContainerImage from './pipelines/gha-unpinned-container-image';
import ghaUnsecureCommands from './pipelines/gha-unsecure-commands';
import ghaUntrustedEnvWrite from './pipelines/gha-untrusted-env-write';
import adoCheckoutPersistCredentials from './pipelines/ado-checkout-persist-credentials';
import adoDeploymentWithoutEnvironment from './pipelines/ado-deployment-without-environment';
import adoScriptInjection from './pipelines/ado-script-injection';
import adoServiceConnectionNotFederated from './pipelines/ado-service-connection-not-federated';
import adoSpnInEnvironment from './pipelines/ado-spn-in-environment';
import adoUnpinnedContainerImage from './pipelines/ado-unpinned-container-image';
import adoUnpinnedTemplateRepository from './pipelines/ado-unpinned-template-repository';

export const allRules: readonly Rule[] = [
  adoCheckoutPersistCredentials,
  adoDeploymentWithoutEnvironment,
  adoScriptInjection,
  adoServiceConnectionNotFederated,
  adoSpnInEnvironment,
  adoUnpinnedContainerImage,
  adoUnpinnedTemplateRepository,
  amlComputeLocalAuth,
  amlWsPublicNetwork,
  analysisSkipped,
  azuremlSchema,
  ghaAzureLoginSecret,
  ghaBroadPermissions,
  ghaCheckoutPersistCredentials,
  ghaDangerousTriggerCheckout,
  ghaDeployWithoutEnvironment,
  ghaHardcodedContainerCredentials,
  ghaMissingPermissions,
  ghaScriptInjection,
  ghaSecretsJson,
  ghaUnpinnedAction,
  ghaUnpinnedContainerImage,
  ghaUnsecureCommands,
  ghaUntrustedEnvWrite,
  invalidConfig,
  syntaxError,
] as Rule[];

let registry: RuleRegistry | undefined;
export function defaultRegistry(): RuleRegistry {
  if (!registry) registry = new RuleRegistry(allRules);
  return registry;
}
