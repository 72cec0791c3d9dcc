/**
 * aml-environment-image-unpinned: environment images pulled from public registries (Docker
 * Hub — explicit `docker.io/…` or implicit `python:3.11` —, GHCR, NGC, Quay, …) without a
 * digest. Checks environment files, inline `environment:` of jobs, steps, sweep trials,
 * components and deployments, and the `FROM` lines of a local Docker build context.
 * Microsoft's curated images (mcr.microsoft.com) and Azure Container Registry are trusted;
 * with `flagFloatingTags` their `:latest` / untagged references are reported too.
 */
import * as path from 'node:path';
import { isMap, isSeq } from 'yaml';
import type { Node, Pair, YAMLMap } from 'yaml';
import { defineRule } from '../../engine/rule';
import type { Span } from '../../engine/types';
import { pairKeyName } from '../../languages/yaml/parse';
import { findPair, scalarText, spanOf } from './amlRuleSupport';

export interface ImageRef {
  /** Lower-cased registry host; undefined for Docker Hub short names (`python`, `pytorch/pytorch`). */
  readonly host: string | undefined;
  readonly repository: string;
  readonly tag: string | undefined;
  readonly digest: string | undefined;
}

/** Split `host/repo:tag@sha256:…`. Undefined for values that are not a plain image reference. */
export function parseImageRef(value: string): ImageRef | undefined {
  const ref = value.trim();
  if (ref.length === 0 || ref.length > 500 || /[\s{}<>$]/.test(ref)) return undefined;
  const at = ref.indexOf('@');
  const name = at >= 0 ? ref.slice(0, at) : ref;
  const digest = at >= 0 ? ref.slice(at + 1) : undefined;
  const slash = name.indexOf('/');
  const first = slash >= 0 ? name.slice(0, slash) : '';
  const hasHost = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const host = hasHost ? first.toLowerCase() : undefined;
  const rest = hasHost ? name.slice(slash + 1) : name;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  const repository = colon >= 0 ? rest.slice(0, colon) : rest;
  const tag = colon >= 0 ? rest.slice(colon + 1) : undefined;
  if (repository.length === 0) return undefined;
  return { host, repository, tag, digest };
}

const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
const PUBLIC_REGISTRIES: Readonly<Record<string, string>> = {
  'ghcr.io': 'GitHub Container Registry',
  'docker.pkg.github.com': 'GitHub Packages',
  'nvcr.io': 'NVIDIA NGC',
  'quay.io': 'Quay.io',
  'gcr.io': 'Google Container Registry',
  'public.ecr.aws': 'Amazon ECR Public',
  'registry.gitlab.com': 'GitLab Container Registry',
  'registry.k8s.io': 'registry.k8s.io',
};

type Origin = { kind: 'public'; registry: string } | { kind: 'trusted' } | { kind: 'other' };

function originOf(ref: ImageRef, trusted: readonly string[]): Origin {
  const host = ref.host;
  if (host === undefined || DOCKER_HUB.has(host)) return { kind: 'public', registry: 'Docker Hub' };
  if (host === 'mcr.microsoft.com' || /\.azurecr\.(io|cn|us)$/.test(host)) return { kind: 'trusted' };
  if (trusted.some((t) => t.toLowerCase() === host || host.endsWith('.' + t.toLowerCase()))) return { kind: 'trusted' };
  const named = PUBLIC_REGISTRIES[host] ?? (host.endsWith('.gcr.io') || host.endsWith('-docker.pkg.dev') ? 'Google Artifact Registry' : undefined);
  return named ? { kind: 'public', registry: named } : { kind: 'other' };
}

function tagNote(ref: ImageRef): string {
  if (ref.tag === undefined) return ', without a tag (so whatever latest is at build time)';
  if (ref.tag.toLowerCase() === 'latest') return ', with the moving tag latest';
  return '';
}

const MAX_DOCKERFILE = 256 * 1024;
const MAX_NODES = 20_000;

/** `FROM` images of a Dockerfile (stage aliases, scratch and ARG-substituted names skipped). */
export function dockerfileBaseImages(text: string): string[] {
  const out: string[] = [];
  const stages = new Set<string>();
  const lines = text.slice(0, MAX_DOCKERFILE).split(/\r?\n/);
  for (const raw of lines) {
    const line = raw.length > 1000 ? raw.slice(0, 1000) : raw;
    const m = /^\s*FROM\s+(?:--[\w-]+=\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (!m || !m[1]) continue;
    const image = m[1];
    const lower = image.toLowerCase();
    const isStage = stages.has(lower);
    if (m[2]) stages.add(m[2].toLowerCase());
    if (lower === 'scratch' || isStage || image.includes('$')) continue;
    out.push(image);
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'aml-environment-image-unpinned',
    description: 'Azure ML environment images should come from a trusted registry (mcr.microsoft.com or your Azure Container Registry) or be pinned by digest.',
    category: 'supply-chain',
    severity: 'warning',
    confidence: 'medium',
    appliesTo: ['azureml'],
    fixable: false,
    messages: {
      publicImage:
        'The image `{{image}}` comes from {{registry}}{{tag}}: whoever controls that repository or tag controls the code that runs next to your data and credentials. Use a curated mcr.microsoft.com/azureml image or a copy in your Azure Container Registry, pinned by digest (@sha256:…).',
      dockerfile:
        'The Docker build context starts FROM `{{image}}`, from {{registry}}{{tag}}: whoever controls that repository or tag controls the code that runs next to your data and credentials. Base it on an mcr.microsoft.com/azureml image or a copy in your Azure Container Registry, pinned by digest.',
      floating: 'The image `{{image}}` is not pinned{{tag}}: the environment can change under you between builds. Pin it by digest (@sha256:…) or a fixed version tag.',
    },
    tags: ['CWE-829', 'CWE-494', 'ASB-PV-2'],
    optionsSchema: {
      type: 'object',
      properties: {
        trustedRegistries: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          description: 'More registry hosts to trust, like mcr.microsoft.com and *.azurecr.io (a host also trusts its subdomains).',
        },
        flagFloatingTags: { type: 'boolean', description: 'Also report `:latest` or untagged images from trusted registries (default false).' },
        checkDockerfiles: { type: 'boolean', description: 'Read the Dockerfile of a local `build.path` and check its FROM lines (default true).' },
      },
      additionalProperties: false,
    },
    defaultOptions: { trustedRegistries: [], flagFloatingTags: false, checkDockerfiles: true },
  },
  create(context) {
    const trusted = Array.isArray(context.options['trustedRegistries']) ? (context.options['trustedRegistries'] as string[]) : [];
    const flagFloating = context.options['flagFloatingTags'] === true;
    const checkDockerfiles = context.options['checkDockerfiles'] !== false;
    const doc = context.document;

    const judge = (value: string, span: Span, fromDockerfile: boolean) => {
      const ref = parseImageRef(value);
      if (!ref || ref.digest !== undefined) return;
      const origin = originOf(ref, trusted);
      const image = value.trim().slice(0, 120);
      if (origin.kind === 'public') {
        context.report({ span, messageId: fromDockerfile ? 'dockerfile' : 'publicImage', data: { image, registry: origin.registry, tag: tagNote(ref) } });
      } else if (flagFloating && !fromDockerfile && (ref.tag === undefined || ref.tag.toLowerCase() === 'latest')) {
        context.report({ span, messageId: 'floating', data: { image, tag: ref.tag === undefined ? ' (no tag)' : ' (tag latest)' }, confidence: 'low' });
      }
    };

    const checkEnvironment = (env: YAMLMap) => {
      const image = findPair(env, 'image')?.value as Node | null | undefined;
      const imageText = scalarText(image);
      if (imageText !== undefined) judge(imageText, spanOf(image) ?? { start: 0, end: 0 }, false);
      if (!checkDockerfiles) return;
      const build = findPair(env, 'build')?.value;
      if (!isMap(build)) return;
      const ctxNode = findPair(build as YAMLMap, 'path')?.value as Node | null | undefined;
      const ctxPath = scalarText(ctxNode);
      if (!ctxPath || /^[a-z][a-z0-9+.-]*:/i.test(ctxPath) || path.isAbsolute(ctxPath)) return; // remote contexts (http, git, azureml:)
      const dockerfile = scalarText(findPair(build as YAMLMap, 'dockerfile_path')?.value as Node | null | undefined) ?? 'Dockerfile';
      if (path.isAbsolute(dockerfile)) return;
      const base = path.dirname(doc.path);
      const file = path.resolve(base, ctxPath, dockerfile);
      let content: string | undefined;
      try {
        content = doc.host.readFile(file);
      } catch {
        content = undefined;
      }
      if (content === undefined) return;
      const span = spanOf(ctxNode) ?? { start: 0, end: 0 };
      for (const img of dockerfileBaseImages(content)) judge(img, span, true);
    };

    return {
      azuremlDocument(d) {
        if (d.kind === 'environment') checkEnvironment(d.root);
        // every `environment:` mapping anywhere in the document (jobs, steps, trials, deployments, components)
        const stack: { node: Node | null; depth: number }[] = [{ node: d.root, depth: 0 }];
        let visited = 0;
        while (stack.length && visited++ < MAX_NODES) {
          const { node, depth } = stack.pop() as { node: Node | null; depth: number };
          if (depth > 40) continue;
          if (isMap(node)) {
            for (const item of (node as YAMLMap).items) {
              const pair = item as Pair;
              const v = pair.value as Node | null;
              if (pairKeyName(pair) === 'environment' && isMap(v)) checkEnvironment(v as YAMLMap);
              else if (isMap(v) || isSeq(v)) stack.push({ node: v, depth: depth + 1 });
            }
          } else if (isSeq(node)) {
            for (const item of node.items) stack.push({ node: item as Node | null, depth: depth + 1 });
          }
        }
      },
    };
  },
});
