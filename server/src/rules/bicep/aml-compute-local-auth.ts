/**
 * aml-compute-local-auth: Azure ML compute instances and clusters should not accept local
 * (key / SSH-user) authentication; Microsoft Entra ID only.
 */
import { propertyRule } from './support';

export default propertyRule({
  id: 'aml-compute-local-auth',
  description: 'Azure Machine Learning computes should disable local authentication.',
  category: 'identity',
  severity: 'error',
  tags: ['PSRule:Azure.ML.DisableLocalAuth', 'ASB-IM-1'],
  resourceTypes: ['Microsoft.MachineLearningServices/workspaces/computes'],
  path: 'properties.disableLocalAuth',
  insecure: [false],
  absent: 'insecure',
  secureValue: 'true',
  message: 'Compute {{resource}} keeps local authentication enabled (disableLocalAuth is {{value}}); set it to true so that only Microsoft Entra ID identities can use the compute.',
  absentMessage: 'Compute {{resource}} does not set disableLocalAuth, so local authentication stays enabled; set disableLocalAuth: true so that only Microsoft Entra ID identities can use the compute.',
});
