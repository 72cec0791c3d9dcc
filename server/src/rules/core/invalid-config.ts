/**
 * Problems in a `bulwark.config.json` file. An invalid file is ignored as a whole (defaults
 * apply) and each problem is shown on the file itself.
 */
import { defineRule } from '../../engine/rule';

export default defineRule({
  meta: {
    id: 'invalid-config',
    description: 'The Bulwark configuration file should match its schema; an invalid file is ignored and defaults apply.',
    category: 'schema',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['json'],
    fixable: false,
    messages: {},
  },
  create: () => ({}),
});
