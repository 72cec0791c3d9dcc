/**
 * Container image references (`[registry[:port]/]name[:tag][@sha256:digest]`) as written in
 * GitHub Actions and Azure DevOps YAML.
 */
export interface ImageRef {
  readonly name: string;
  readonly tag: string | undefined;
  readonly digest: string | undefined;
}

export function parseImageRef(raw: string): ImageRef {
  const s = raw.trim();
  const at = s.indexOf('@');
  const digest = at >= 0 ? s.slice(at + 1) : undefined;
  const rest = at >= 0 ? s.slice(0, at) : s;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  const tag = colon > slash ? rest.slice(colon + 1) : undefined;
  return { name: colon > slash ? rest.slice(0, colon) : rest, tag, digest };
}

/** `none`: pinned by digest; `tag`: a specific tag but no digest; `latest`: no tag or `latest`. */
export function imagePinning(raw: string): 'none' | 'tag' | 'latest' {
  const r = parseImageRef(raw);
  if (r.digest && /^sha256:[0-9a-f]{64}$/i.test(r.digest)) return 'none';
  if (!r.tag || r.tag.toLowerCase() === 'latest') return 'latest';
  return 'tag';
}
