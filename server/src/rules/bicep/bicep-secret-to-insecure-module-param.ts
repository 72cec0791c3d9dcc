/**
 * bicep-secret-to-insecure-module-param: a secret (secure param, list*() result, Key Vault
 * secret) passed to a module param that is not @secure() is logged in clear text in the
 * module's deployment. Same for a .bicepparam value taken from a secure param.
 */
import { defineRule } from '../../engine/rule';
import type { RelatedLocation } from '../../engine/types';
import { getBicep, resolveModuleParams } from '../../languages/bicep';
import type { BicepModel, Expr, ModuleResolution, ParamSymbol } from '../../languages/bicep';
import { childrenOf } from '../../languages/bicep/visit';
import { isResourceOfType, locatePath, paramTypeSecurity, relatedAt, secretFlow, clip } from './support';

function basename(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(i + 1) : p;
}

const namingParams = new WeakMap<BicepModel, ReadonlySet<string>>();

/**
 * Params this file uses in the `name` of a resource or module it deploys (directly or through
 * vars): a value that names resources is visible to anyone who can list them, so a `@secure()`
 * on such a param (a `uniqueString()` suffix, say) marks no secret.
 */
function usedInNames(model: BicepModel): ReadonlySet<string> {
  let names = namingParams.get(model);
  if (names) return names;
  const out = new Set<string>();
  for (const sym of [...model.resources, ...model.modules]) {
    if (sym.kind === 'resource' && sym.existing) continue;
    // the params whose value flows into the name (through vars; `length(x)` and the like reveal nothing)
    const name = locatePath(sym.body, 'name').property?.value;
    if (name) for (const p of secretFlow(model, name).secureParams) out.add(p.name);
  }
  namingParams.set(model, (names = out));
  return names;
}

const isSecretParam = (p: ParamSymbol): boolean => !usedInNames(p.model).has(p.name);

export default defineRule({
  meta: {
    id: 'bicep-secret-to-insecure-module-param',
    description: 'Secrets should only be passed to module params and .bicepparam params that are marked @secure().',
    category: 'secrets',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep', 'bicepparam'],
    fixable: false,
    messages: {
      module: 'Module {{module}} receives {{what}} in param {{param}}, which is not @secure() in {{file}}: the secret is logged in clear text in the module deployment. Mark {{param}} @secure() in {{file}}.',
      nested: 'Nested deployment {{module}} receives {{what}} in template parameter {{param}}, whose type is {{type}}, not securestring / secureobject: the secret is logged in clear text in the nested deployment. Declare the parameter as securestring or secureobject.',
      paramsFile: 'Param {{param}} is not @secure() in {{file}} but receives {{what}}: the secret is logged in clear text in the deployment. Mark {{param}} @secure() in {{file}}.',
    },
    tags: ['CWE-532', 'PSRule:Azure.Deployment.SecretLeak', 'bicep:secure-params-in-parameters-file'],
  },
  create(context) {
    const doc = context.document;
    const what = (flow: ReturnType<typeof secretFlow>): string | undefined => {
      if (flow.listCalls[0]) return `the result of ${clip(flow.listCalls[0].name.name)}()`;
      if (flow.getSecretCalls[0]) return 'a Key Vault secret';
      const secure = flow.secureParams.find(isSecretParam);
      if (secure) return `secure param ${clip(secure.name)}`;
      return undefined;
    };
    return {
      bicepModule(m) {
        if (doc.kind !== 'bicep' || m.source.kind !== 'local') return;
        let res: ModuleResolution | undefined;
        try {
          res = resolveModuleParams(m);
        } catch {
          res = undefined;
        }
        if (!res?.target) return;
        for (const p of res.params) {
          if (!p.property?.value || !p.param || paramTypeSecurity(p.param) !== 'insecure') continue;
          const w = what(secretFlow(m.model, p.property.value));
          if (!w) continue;
          const related: RelatedLocation[] = [];
          const decl = relatedAt(doc, p.param.nameSpan, `param ${clip(p.name)} is declared here without @secure()`, res.target.path);
          if (decl) related.push(decl);
          context.report({
            span: { start: p.property.value.start, end: p.property.value.end },
            messageId: 'module',
            data: { module: clip(m.name), what: w, param: clip(p.name), file: basename(res.target.path) },
            related,
          });
        }
      },
      bicepResource(r) {
        // an inline nested deployment: `parameters.x.value` against `template.parameters.x.type`
        if (doc.kind !== 'bicep' || r.existing || !isResourceOfType(r, ['Microsoft.Resources/deployments'])) return;
        const passed = locatePath(r.body, 'properties.parameters').property?.value;
        const declared = locatePath(r.body, 'properties.template.parameters').property?.value;
        if (!passed || passed.kind !== 'Object' || !declared || declared.kind !== 'Object') return;
        for (const p of passed.properties) {
          if (!p.name || !p.value || p.value.kind !== 'Object') continue;
          const value = locatePath(p.value, 'value').property?.value;
          if (!value) continue;
          const w = what(secretFlow(r.model, value));
          if (!w) continue;
          const decl = locatePath(declared, p.name).property;
          const typeExpr = decl?.value && decl.value.kind === 'Object' ? locatePath(decl.value, 'type').property?.value : undefined;
          const type = typeExpr && typeExpr.kind === 'String' && typeExpr.exprs.length === 0 ? (typeExpr.segments[0] ?? '') : undefined;
          if (type === undefined || /^secure(string|object)$/i.test(type)) continue;
          context.report({
            span: { start: value.start, end: value.end },
            messageId: 'nested',
            data: { module: clip(r.name), what: w, param: clip(p.name), type: `'${type}'` },
            related: typeExpr ? [{ message: `The template declares ${clip(p.name)} as '${type}'`, span: { start: typeExpr.start, end: typeExpr.end } }] : [],
          });
        }
      },
      documentEnd() {
        if (doc.kind !== 'bicepparam') return;
        const { model, evaluator } = getBicep(doc);
        const target = evaluator.usingTarget();
        if (!target) return;
        const targetPath = target.path;
        const secureTarget = (name: string) => {
          const tp = target.param(name);
          return tp !== undefined && paramTypeSecurity(tp) === 'secure';
        };
        for (const a of model.paramAssignments) {
          const tp = target.param(a.name);
          if (!a.value || !tp || paramTypeSecurity(tp) !== 'insecure') continue;
          const w = secretInAssignment(a.value, secureTarget);
          if (!w) continue;
          const related: RelatedLocation[] = [];
          const decl = relatedAt(doc, tp.nameSpan, `param ${clip(a.name)} is declared here without @secure()`, targetPath);
          if (decl) related.push(decl);
          context.report({ span: { start: a.value.start, end: a.value.end }, messageId: 'paramsFile', data: { param: clip(a.name), what: w, file: basename(targetPath) }, related });
        }
      },
    };
  },
});

/** In a .bicepparam value: a Key Vault secret, or a reference to a param assigned to a secure target param. */
function secretInAssignment(e: Expr, secureTarget: (name: string) => boolean): string | undefined {
  const stack: Expr[] = [e];
  let n = 0;
  while (stack.length && n++ < 5000) {
    const x = stack.pop() as Expr;
    if (x.kind === 'Call' && x.name.name.toLowerCase() === 'getsecret') return 'a Key Vault secret';
    if (x.kind === 'Var' && secureTarget(x.name)) return `secure param ${x.name}`;
    for (const c of childrenOf(x)) stack.push(c as Expr);
  }
  return undefined;
}
