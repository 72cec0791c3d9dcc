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
import amlComputeAdminPassword from './azureml/aml-compute-admin-password';
import amlComputeNoSubnet from './azureml/aml-compute-no-subnet';
import amlComputeNodePublicIp from './azureml/aml-compute-node-public-ip';
import amlComputeSshPublic from './azureml/aml-compute-ssh-public';
import amlConnectionCredentials from './azureml/aml-connection-credentials';
import amlDatastoreCredentials from './azureml/aml-datastore-credentials';
import amlDeploymentEgressPublic from './azureml/aml-deployment-egress-public';
import amlEndpointKeyAuth from './azureml/aml-endpoint-key-auth';
import amlEndpointPublicAccess from './azureml/aml-endpoint-public-access';
import amlEnvVarSecret from './azureml/aml-env-var-secret';
import amlEnvironmentImageUnpinned from './azureml/aml-environment-image-unpinned';
import amlJobIdentity from './azureml/aml-job-identity';
import amlRegistryPublicAccess from './azureml/aml-registry-public-access';
import amlWorkspaceCmk from './azureml/aml-workspace-cmk';
import amlWorkspaceDatastoreAuth from './azureml/aml-workspace-datastore-auth';
import amlWorkspaceHbi from './azureml/aml-workspace-hbi';
import amlWorkspaceManagedNetwork from './azureml/aml-workspace-managed-network';
import amlWorkspacePublicAccess from './azureml/aml-workspace-public-access';
import bicepSecureParamDefault from './bicep/bicep-secure-param-default';
import bicepSecretParamNotSecure from './bicep/bicep-secret-param-not-secure';
import bicepOutputSecret from './bicep/bicep-output-secret';
import bicepSecureInputInsecureValue from './bicep/bicep-secure-input-insecure-value';
import bicepSecretToInsecureModuleParam from './bicep/bicep-secret-to-insecure-module-param';
import bicepOuterScopeNestedSecrets from './bicep/bicep-outer-scope-nested-secrets';
import bicepCommandtoexecuteSecret from './bicep/bicep-commandtoexecute-secret';
import bicepAdminUsernameLiteral from './bicep/bicep-admin-username-literal';
import bicepListkeysToApp from './bicep/bicep-listkeys-to-app';
import bicepArtifactsSasNotSecure from './bicep/bicep-artifacts-sas-not-secure';
import bicepHardcodedEnvUrl from './bicep/bicep-hardcoded-env-url';
import amlWsLegacyPublicBehindVnet from './bicep/aml-ws-legacy-public-behind-vnet';
import amlWsManagedNetwork from './bicep/aml-ws-managed-network';
import amlWsUserAssignedIdentity from './bicep/aml-ws-user-assigned-identity';
import amlWsDatastoreAuth from './bicep/aml-ws-datastore-auth';
import amlWsServerlessNoPublicIp from './bicep/aml-ws-serverless-no-public-ip';
import amlWsCmk from './bicep/aml-ws-cmk';
import amlComputeVnet from './bicep/aml-compute-vnet';
import amlComputeIdleShutdown from './bicep/aml-compute-idle-shutdown';
import amlEndpointPublicNetwork from './bicep/aml-endpoint-public-network';
import amlEndpointKeysLiteral from './bicep/aml-endpoint-keys-literal';
import amlEndpointIdentity from './bicep/aml-endpoint-identity';
import amlDeploymentEgress from './bicep/aml-deployment-egress';
import amlRegistryPublicNetwork from './bicep/aml-registry-public-network';
import aiConnectionKeyAuth from './bicep/ai-connection-key-auth';
import aiConnectionCredentialLiteral from './bicep/ai-connection-credential-literal';
import aiConnectionSharedToAll from './bicep/ai-connection-shared-to-all';
import hardcodedPassword from './secrets/hardcoded-password';
import hardcodedSecret from './secrets/hardcoded-secret';
import cosmosCmk from './bicep/cosmos-cmk';
import cosmosKeyMetadataWrite from './bicep/cosmos-key-metadata-write';
import cosmosLocalAuth from './bicep/cosmos-local-auth';
import cosmosMinTls from './bicep/cosmos-min-tls';
import cosmosNetworkFilter from './bicep/cosmos-network-filter';
import cosmosPublicNetwork from './bicep/cosmos-public-network';
import aoaiPublicNetwork from './bicep/aoai-public-network';
import aoaiNetworkAcl from './bicep/aoai-network-acl';
import aoaiLocalAuth from './bicep/aoai-local-auth';
import aoaiManagedIdentity from './bicep/aoai-managed-identity';
import aoaiCustomSubdomain from './bicep/aoai-custom-subdomain';
import aoaiOutboundRestrict from './bicep/aoai-outbound-restrict';
import aoaiCmk from './bicep/aoai-cmk';
import aoaiContentFilter from './bicep/aoai-content-filter';
import aifProjectIdentity from './bicep/aif-project-identity';
import aiKeyRetrieval from './bicep/ai-key-retrieval';
import srchPublicNetwork from './bicep/srch-public-network';
import srchLocalAuth from './bicep/srch-local-auth';
import srchManagedIdentity from './bicep/srch-managed-identity';
import srchIpRulesOpen from './bicep/srch-ip-rules-open';
import srchCmkEnforcement from './bicep/srch-cmk-enforcement';
import stgBlobPublicAccess from './bicep/stg-blob-public-access';
import stgContainerPublic from './bicep/stg-container-public';
import stgSharedKey from './bicep/stg-shared-key';
import stgPublicNetwork from './bicep/stg-public-network';
import stgFirewallDefault from './bicep/stg-firewall-default';
import stgTrustedServicesBypass from './bicep/stg-trusted-services-bypass';
import stgHttpsOnly from './bicep/stg-https-only';
import stgMinTls from './bicep/stg-min-tls';
import stgCrossTenantReplication from './bicep/stg-cross-tenant-replication';
import stgDefender from './bicep/stg-defender';
import sqlAdminPasswordLiteral from './bicep/sql-admin-password-literal';
import sqlAuditing from './bicep/sql-auditing';
import sqlDefender from './bicep/sql-defender';
import sqlEntraOnly from './bicep/sql-entra-only';
import sqlFirewallOpen from './bicep/sql-firewall-open';
import sqlMinTls from './bicep/sql-min-tls';
import sqlPublicNetwork from './bicep/sql-public-network';
import sqlTde from './bicep/sql-tde';
import adfGit from './bicep/adf-git';
import adfIdentity from './bicep/adf-identity';
import adfLinkedserviceSecret from './bicep/adf-linkedservice-secret';
import adfManagedVnet from './bicep/adf-managed-vnet';
import adfPublicNetwork from './bicep/adf-public-network';
import kvRbac from './bicep/kv-rbac';
import kvAccessPolicyBroad from './bicep/kv-access-policy-broad';
import kvPurgeProtection from './bicep/kv-purge-protection';
import kvSoftDelete from './bicep/kv-soft-delete';
import kvPublicNetwork from './bicep/kv-public-network';
import kvFirewall from './bicep/kv-firewall';
import kvAuditLogs from './bicep/kv-audit-logs';
import kvSecretValueLiteral from './bicep/kv-secret-value-literal';
import kvSecretExpiry from './bicep/kv-secret-expiry';
import kvSecretContentType from './bicep/kv-secret-content-type';
import kvKeyRotationExpiry from './bicep/kv-key-rotation-expiry';
import acrAdminUser from './bicep/acr-admin-user';
import acrAnonymousPull from './bicep/acr-anonymous-pull';
import acrPublicNetwork from './bicep/acr-public-network';
import acrExportPolicy from './bicep/acr-export-policy';
import acrQuarantine from './bicep/acr-quarantine';
import acrContentTrust from './bicep/acr-content-trust';
import acrSkuScanning from './bicep/acr-sku-scanning';
import acrAuditLogs from './bicep/acr-audit-logs';
import appAuth from './bicep/app-auth';
import appBasicPublishingCreds from './bicep/app-basic-publishing-creds';
import appCorsWildcard from './bicep/app-cors-wildcard';
import appFtps from './bicep/app-ftps';
import appHttpsOnly from './bicep/app-https-only';
import appManagedIdentity from './bicep/app-managed-identity';
import appMinTls from './bicep/app-min-tls';
import appPublicNetwork from './bicep/app-public-network';
import appRemoteDebug from './bicep/app-remote-debug';
import aksLocalAccounts from './bicep/aks-local-accounts';
import aksRbac from './bicep/aks-rbac';
import aksEntraRbac from './bicep/aks-entra-rbac';
import aksApiServerAccess from './bicep/aks-api-server-access';
import aksManagedIdentity from './bicep/aks-managed-identity';
import aksWorkloadIdentity from './bicep/aks-workload-identity';
import aksNetworkPolicy from './bicep/aks-network-policy';
import aksSecretsStoreCsi from './bicep/aks-secrets-store-csi';
import aksDefender from './bicep/aks-defender';
import aksAuditLogs from './bicep/aks-audit-logs';
import aksPolicyAddon from './bicep/aks-policy-addon';
import aksEncryptionAtHost from './bicep/aks-encryption-at-host';
import aksHttpAppRouting from './bicep/aks-http-app-routing';
import aksUpgradeChannel from './bicep/aks-upgrade-channel';
import peDnsZoneGroup from './bicep/pe-dns-zone-group';
import peGroupidValid from './bicep/pe-groupid-valid';
import peMissingForPaas from './bicep/pe-missing-for-paas';
import diagMissing from './bicep/diag-missing';
import diagNoAuditCategory from './bicep/diag-no-audit-category';
import diagNoDestination from './bicep/diag-no-destination';
import rbacCustomRoleWildcard from './bicep/rbac-custom-role-wildcard';
import rbacDelegationUnconstrained from './bicep/rbac-delegation-unconstrained';
import rbacPrivilegedRole from './bicep/rbac-privileged-role';
import rbacUserPrincipal from './bicep/rbac-user-principal';
import defAiPlan from './bicep/def-ai-plan';
import defWorkloadPlans from './bicep/def-workload-plans';
import purviewManagedEventhub from './bicep/purview-managed-eventhub';
import purviewPublicNetwork from './bicep/purview-public-network';
import policyAssignmentDescriptors from './bicep/policy-assignment-descriptors';
import policyDoNotEnforce from './bicep/policy-do-not-enforce';
import policyWaiverExpiry from './bicep/policy-waiver-expiry';
import scDeploymentScriptUnpinned from './bicep/sc-deployment-script-unpinned';
import scMlEnvImageUnpinned from './bicep/sc-ml-env-image-unpinned';
import scModuleVersion from './bicep/sc-module-version';

export const allRules: readonly Rule[] = [
  acrAdminUser,
  acrAnonymousPull,
  acrAuditLogs,
  acrContentTrust,
  acrExportPolicy,
  acrPublicNetwork,
  acrQuarantine,
  acrSkuScanning,
  adfGit,
  adfIdentity,
  adfLinkedserviceSecret,
  adfManagedVnet,
  adfPublicNetwork,
  adoCheckoutPersistCredentials,
  adoDeploymentWithoutEnvironment,
  adoScriptInjection,
  adoServiceConnectionNotFederated,
  adoSpnInEnvironment,
  adoUnpinnedContainerImage,
  adoUnpinnedTemplateRepository,
  aiConnectionCredentialLiteral,
  aiConnectionKeyAuth,
  aiConnectionSharedToAll,
  aiKeyRetrieval,
  aifProjectIdentity,
  aksApiServerAccess,
  aksAuditLogs,
  aksDefender,
  aksEncryptionAtHost,
  aksEntraRbac,
  aksHttpAppRouting,
  aksLocalAccounts,
  aksManagedIdentity,
  aksNetworkPolicy,
  aksPolicyAddon,
  aksRbac,
  aksSecretsStoreCsi,
  aksUpgradeChannel,
  aksWorkloadIdentity,
  amlComputeAdminPassword,
  amlComputeIdleShutdown,
  amlComputeLocalAuth,
  amlComputeNoSubnet,
  amlComputeNodePublicIp,
  amlComputeSshPublic,
  amlComputeVnet,
  amlConnectionCredentials,
  amlDatastoreCredentials,
  amlDeploymentEgress,
  amlDeploymentEgressPublic,
  amlEndpointIdentity,
  amlEndpointKeyAuth,
  amlEndpointKeysLiteral,
  amlEndpointPublicAccess,
  amlEndpointPublicNetwork,
  amlEnvVarSecret,
  amlEnvironmentImageUnpinned,
  amlJobIdentity,
  amlRegistryPublicAccess,
  amlRegistryPublicNetwork,
  amlWorkspaceCmk,
  amlWorkspaceDatastoreAuth,
  amlWorkspaceHbi,
  amlWorkspaceManagedNetwork,
  amlWorkspacePublicAccess,
  amlWsCmk,
  amlWsDatastoreAuth,
  amlWsLegacyPublicBehindVnet,
  amlWsManagedNetwork,
  amlWsPublicNetwork,
  amlWsServerlessNoPublicIp,
  amlWsUserAssignedIdentity,
  analysisSkipped,
  aoaiCmk,
  aoaiContentFilter,
  aoaiCustomSubdomain,
  aoaiLocalAuth,
  aoaiManagedIdentity,
  aoaiNetworkAcl,
  aoaiOutboundRestrict,
  aoaiPublicNetwork,
  appAuth,
  appBasicPublishingCreds,
  appCorsWildcard,
  appFtps,
  appHttpsOnly,
  appManagedIdentity,
  appMinTls,
  appPublicNetwork,
  appRemoteDebug,
  azuremlSchema,
  bicepAdminUsernameLiteral,
  bicepArtifactsSasNotSecure,
  bicepCommandtoexecuteSecret,
  bicepHardcodedEnvUrl,
  bicepListkeysToApp,
  bicepOuterScopeNestedSecrets,
  bicepOutputSecret,
  bicepSecretParamNotSecure,
  bicepSecretToInsecureModuleParam,
  bicepSecureInputInsecureValue,
  bicepSecureParamDefault,
  cosmosCmk,
  cosmosKeyMetadataWrite,
  cosmosLocalAuth,
  cosmosMinTls,
  cosmosNetworkFilter,
  cosmosPublicNetwork,
  defAiPlan,
  defWorkloadPlans,
  diagMissing,
  diagNoAuditCategory,
  diagNoDestination,
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
  hardcodedPassword,
  hardcodedSecret,
  invalidConfig,
  kvAccessPolicyBroad,
  kvAuditLogs,
  kvFirewall,
  kvKeyRotationExpiry,
  kvPublicNetwork,
  kvPurgeProtection,
  kvRbac,
  kvSecretContentType,
  kvSecretExpiry,
  kvSecretValueLiteral,
  kvSoftDelete,
  peDnsZoneGroup,
  peGroupidValid,
  peMissingForPaas,
  policyAssignmentDescriptors,
  policyDoNotEnforce,
  policyWaiverExpiry,
  purviewManagedEventhub,
  purviewPublicNetwork,
  rbacCustomRoleWildcard,
  rbacDelegationUnconstrained,
  rbacPrivilegedRole,
  rbacUserPrincipal,
  scDeploymentScriptUnpinned,
  scMlEnvImageUnpinned,
  scModuleVersion,
  sqlAdminPasswordLiteral,
  sqlAuditing,
  sqlDefender,
  sqlEntraOnly,
  sqlFirewallOpen,
  sqlMinTls,
  sqlPublicNetwork,
  sqlTde,
  srchCmkEnforcement,
  srchIpRulesOpen,
  srchLocalAuth,
  srchManagedIdentity,
  srchPublicNetwork,
  stgBlobPublicAccess,
  stgContainerPublic,
  stgCrossTenantReplication,
  stgDefender,
  stgFirewallDefault,
  stgHttpsOnly,
  stgMinTls,
  stgPublicNetwork,
  stgSharedKey,
  stgTrustedServicesBypass,
  syntaxError,
] as Rule[];

let registry: RuleRegistry | undefined;
export function defaultRegistry(): RuleRegistry {
  if (!registry) registry = new RuleRegistry(allRules);
  return registry;
}
